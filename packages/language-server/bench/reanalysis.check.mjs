#!/usr/bin/env node
// Check (a script, not a test): on real code you point it at, re-analysing an edit must give what a
// whole analysis gives. For every source file under the folder, a few seeded edits as typing makes
// them (a character typed in a line, a line deleted, a line duplicated); prints how many edits were
// re-analysed in part, the time against a whole analysis, and every difference (exit 1 if any).
//   node packages/language-server/bench/reanalysis.check.mjs <folder> [--edits 6] [--seed 1]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { analyze, isSupportedFile } from '../dist/index.js';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { edits: { type: 'string', default: '6' }, seed: { type: 'string', default: '1' } } });
const root = positionals[0];
if (!root) throw new Error('usage: reanalysis.check.mjs <folder> [--edits 6] [--seed 1]');

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (isSupportedFile(path)) yield path;
  }
}

let state = Number(args.seed);
const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const lineSpans = (text) => [...text.matchAll(/[^\n]*\n/g)].map((m) => [m.index, m.index + m[0].length]);
const EDITS = [
  (text, [start, end]) => { const at = start + Math.floor(next() * (end - start)); return text.slice(0, at) + 'x' + text.slice(at); },
  (text, [start, end]) => text.slice(0, start) + text.slice(end),
  (text, [start, end]) => text.slice(0, end) + text.slice(start, end) + text.slice(end),
];
const same = (a, b) => JSON.stringify(a.ok ? a.lint.messages : 'failed') === JSON.stringify(b.ok ? b.lint.messages : 'failed');

let files = 0, edits = 0, parsing = 0, partial = 0, partialMs = 0, wholeMs = 0, differences = 0;
for (const path of sources(root)) {
  let text = readFileSync(path, 'utf8');
  let previous = analyze(path, text, DEFAULT_OPTIONS);
  if (!previous.ok) continue;
  files++;
  for (let i = 0; i < Number(args.edits); i++) {
    const lines = lineSpans(text);
    if (lines.length === 0) break;
    const edited = EDITS[Math.floor(next() * EDITS.length)](text, lines[Math.floor(next() * lines.length)]);
    let t0 = performance.now();
    const again = analyze(path, edited, DEFAULT_OPTIONS, previous.outline);
    const againMs = performance.now() - t0;
    t0 = performance.now();
    const whole = analyze(path, edited, DEFAULT_OPTIONS);
    const thisWholeMs = performance.now() - t0;
    edits++;
    if (whole.ok) parsing++;
    if (again.ok && !again.complete) {
      partial++;
      partialMs += againMs;
      wholeMs += thisWholeMs;
    }
    if (!same(again, whole)) {
      differences++;
      console.log(`DIFFERENT: ${relative(root, path)}, edit ${i + 1}`);
    }
    // Typing goes on from a version that parses.
    if (whole.ok) {
      text = edited;
      previous = again;
    }
  }
}
console.log(`${files} files, ${edits} edits, ${parsing} of them leaving the file parsing: ${partial} re-analysed in part (${((100 * partial) / parsing).toFixed(0)}% of those), ${differences} different from a whole analysis`);
console.log(`edits re-analysed in part: ${(partialMs / partial).toFixed(2)} ms on average, against ${(wholeMs / partial).toFixed(2)} ms for a whole analysis of the same texts`);
process.exitCode = differences > 0 ? 1 : 0;
