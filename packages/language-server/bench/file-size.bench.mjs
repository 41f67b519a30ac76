#!/usr/bin/env node
// Benchmark (a script, not a test): what a file costs the language server by its size, up to and past
// the default maxFileSize: the whole analysis of a file as it is opened (parse on the parser's thread,
// scopes, the three rules), median of a few runs, on the benches' generated Dapr files of 10,000, 25,000
// and 50,000 lines and on one as long as the default limit; and an edit inside a function of the last.
// CPU time of the process (the machine's cost, not skewed by other processes; GC threads included).
// The figures are what packages/language-server/README.md says a file at the limit costs.
//   node packages/language-server/bench/file-size.bench.mjs [--runs 5] [--lines 10000,25000,50000]
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { parseArgs } from 'node:util';
import { daprFile } from '../../typescript-plugin/bench/support.mjs';
import { analyze } from '../dist/index.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, lines: { type: 'string', default: '10000,25000,50000' } } });
const RUNS = Number(args.runs);
const OPTIONS = { ...DEFAULT_OPTIONS, maxFileSize: 10_000_000 };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** CPU time of the process (the parser's thread and the server's), which other processes do not skew. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function opened(text) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const revised = text.replace('// rev 0', `// rev ${i + 1}`);
    const t0 = cpuMs();
    const analysis = analyze('a.ts', revised, OPTIONS);
    times.push(cpuMs() - t0);
    if (!analysis.ok) throw new Error(analysis.error);
  }
  return median(times);
}

/** The generated file cut at the last whole function before `chars` characters. */
function upTo(chars) {
  const text = daprFile(Math.ceil(chars / 400));
  return text.slice(0, text.lastIndexOf('\nexport function', chars) + 1);
}

analyze('a.ts', daprFile(10), OPTIONS);
const files = [
  ...args.lines.split(',').map((n) => [`${Number(n).toLocaleString('en-US')} lines`, daprFile(Math.round(Number(n) / 10))]),
  ['at the default maxFileSize', upTo(DEFAULT_OPTIONS.maxFileSize)],
];
console.log(`analysis of a file as it is opened (median CPU ms of ${RUNS})`);
for (const [name, text] of files) {
  const lines = text.split('\n').length;
  const ms = opened(text);
  console.log(`${name.padEnd(28)} ${String(lines).padStart(7)} lines ${String(text.length).padStart(9)} chars ${ms.toFixed(0).padStart(7)} ms  ${((ms / lines) * 1000).toFixed(1).padStart(6)} ms per 1k lines`);
}
const text = files.at(-1)[1];
const { outline } = analyze('a.ts', text, OPTIONS);
const at = text.indexOf("return 'retry'", text.length >> 1);
const edits = [];
for (let i = 0; i < RUNS * 4; i++) {
  const edited = `${text.slice(0, at)}return 'r${i}'${text.slice(at + "return 'retry'".length)}`;
  const t0 = cpuMs();
  const again = analyze('a.ts', edited, OPTIONS, outline);
  edits.push(cpuMs() - t0);
  if (!again.ok) throw new Error(again.error);
}
console.log(`an edit inside a function of the file at the limit, analysed from the previous version: ${median(edits).toFixed(1)} ms (median CPU)`);
