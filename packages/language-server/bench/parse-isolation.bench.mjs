#!/usr/bin/env node
// Benchmark (a script, not a test): what parsing on the parser's own thread (src/parsing/native-parser.ts)
// costs against oxc-parser's in-thread parse, on the benches' Dapr file of 2,000 lines:
//   - a whole parse (the first version of a file), and a parse of one function (what an edit parses):
//     oxc's native parse and the tree built from its JSON, in-thread and through the thread (median CPU
//     time of the process, both threads: what the machine pays, without the noise of other processes)
//   - an edit inside a function, analysed from the previous version (the server's per-keystroke work)
//   - RSS and heap of a process that parsed the file 20 times, in-thread and through the thread (each
//     in a process of its own)
//   node packages/language-server/bench/parse-isolation.bench.mjs [--runs 40] [--lines 2000]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { parseSync } from 'oxc-parser';
import { jsonParseAst } from 'oxc-parser/src-js/wrap.js';
import { daprFile } from '../../typescript-plugin/bench/support.mjs';
import { analyze } from '../dist/index.js';
import { parseNative } from '../dist/parsing/native-parser.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '40' }, lines: { type: 'string', default: '2000' }, memory: { type: 'string' } } });
const RUNS = Number(args.runs);
const text = daprFile(Math.round(Number(args.lines) / 10));
const part = text.split('\n').slice(2, 12).join('\n');
const OPTIONS = { lang: 'ts', sourceType: 'module', astType: 'ts', range: true, preserveParens: false };
const inThread = (source) => parseSync('a.ts', source, OPTIONS).program;
const isolated = (source) => {
  const result = parseNative('a.ts', source, OPTIONS);
  if (!result.ok) throw new Error(result.error);
  return jsonParseAst(result.program);
};

if (args.memory) {
  const parse = args.memory === 'in-thread' ? inThread : isolated;
  for (let i = 0; i < 20; i++) parse(text.replace('// rev 0', `// rev ${i}`));
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(JSON.stringify({ rss, heapUsed }));
} else {
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  // CPU time of the process (both threads: the parser's thread works while the server's waits), median per run.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const time = (run) => {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = cpuMs();
      run(i);
      times.push(cpuMs() - t0);
    }
    return median(times);
  };
  isolated(part);
  inThread(part);
  const rows = [
    ['whole file', time((i) => inThread(text.replace('// rev 0', `// rev ${i}`))), time((i) => isolated(text.replace('// rev 0', `// rev ${i}`)))],
    ['one function', time((i) => inThread(part.replace('retry', `r${i}`))), time((i) => isolated(part.replace('retry', `r${i}`)))],
  ];
  const first = analyze('a.ts', text, DEFAULT_OPTIONS);
  const at = text.indexOf("return 'retry'", text.length >> 1);
  const { outline } = first;
  const perEdit = time((i) => {
    const edited = `${text.slice(0, at)}return 'r${i}'${text.slice(at + "return 'retry'".length)}`;
    const again = analyze('a.ts', edited, DEFAULT_OPTIONS, outline);
    if (!again.ok || again.complete) throw new Error('the edit was not analysed in part');
  });
  const memory = (mode) =>
    // As the server runs oxc's allocator (server.ts).
    JSON.parse(spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', mode, '--lines', args.lines], { encoding: 'utf8', env: { ...process.env, MIMALLOC_PURGE_DELAY: '0' } }).stdout);
  const [a, b] = [memory('in-thread'), memory('thread')];
  console.log(`${text.split('\n').length} lines (${text.length} characters), ${RUNS} runs, median CPU ms of the process: oxc's parse and the tree from its JSON`);
  console.log(`${''.padEnd(14)}${'in-thread'.padStart(11)}${'own thread'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const [name, own, thread] of rows) console.log(`${name.padEnd(14)}${own.toFixed(2).padStart(11)}${thread.toFixed(2).padStart(12)}${(thread / own).toFixed(2).padStart(8)}`);
  console.log(`an edit in a function, analysed from the previous version (parse through the thread, scopes, rules): ${perEdit.toFixed(2)} ms`);
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  console.log(`after 20 parses: RSS ${mb(a.rss)} MB in-thread, ${mb(b.rss)} MB with the thread (+${mb(b.rss - a.rss)}); heap ${mb(a.heapUsed)} / ${mb(b.heapUsed)} MB`);
}
