// Run by oxc-parse.test.ts under Node 24 (where raw transfer is supported): reads `[{ file, text }]` as
// JSON on stdin and prints, as JSON, whether the built server parses with raw transfer there, each
// file's tree by raw transfer and by JSON compared (where they first differ, if they do), and each
// file's findings from the server's own analysis. With `--capped` (run where the address space is capped
// below raw transfer's 6 GiB buffer) no trees: whether raw transfer was chosen, the findings, and
// whether it is still chosen after them.
import { readFileSync } from 'node:fs';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { analyze } from '../../../packages/language-server/dist/index.js';
import { parseWith, usesRawTransfer } from '../../../packages/language-server/dist/parsing/oxc-parse.js';

const langOf = (file) => (/\.[cm]?tsx?$/.test(file) ? (file.endsWith('x') ? 'tsx' : 'ts') : file.endsWith('x') ? 'jsx' : 'js');
// BigInt and RegExp values have no JSON of their own. Comments: the server rebuilds their `range`.
const treeJson = (result) =>
  JSON.stringify({ program: result.program, comments: result.comments.map(({ range: _, ...comment }) => comment), errors: result.errors.map((e) => e.message) }, (_, value) =>
    typeof value === 'bigint' ? `${value}n` : value instanceof RegExp ? `/${value.source}/${value.flags}` : value,
  );
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? undefined : `${a.slice(Math.max(0, i - 80), i + 40)} | ${b.slice(Math.max(0, i - 80), i + 40)}`;
}

const capped = process.argv.includes('--capped');
const inputs = JSON.parse(readFileSync(0, 'utf8'));
const rawTransfer = usesRawTransfer();
const files = inputs.map(({ file, text }) => {
  const analysis = analyze(file, text, DEFAULT_OPTIONS);
  const messages = analysis.ok ? analysis.lint.messages : analysis.error;
  if (capped) return { file, messages };
  const [json, raw] = [false, true].map((way) => treeJson(parseWith(file, text, langOf(file), 'module', way)));
  return { file, nodes: (json.match(/"type":/g) ?? []).length, difference: firstDifference(json, raw), messages };
});
console.log(JSON.stringify({ node: process.version, rawTransfer, rawTransferAfter: usesRawTransfer(), files }));
