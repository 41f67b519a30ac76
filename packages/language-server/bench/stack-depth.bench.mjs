#!/usr/bin/env node
// Benchmark (a script, not a test): how many bytes of native stack oxc-parser takes per nesting level,
// for the worst shape of each recursive rule of the grammar (deep-shapes.mjs). Per shape, the deepest
// text that parses in a worker thread of `--small` and of `--large` MB of stack (found by bisection, each
// try in a process of its own: an overflow kills the process); bytes per level = the stack added over
// the levels it bought, and per character of text. The language server sizes its parser's stack from
// the worst bytes per character (src/parsing/parser-stack.ts).
//   node packages/language-server/bench/stack-depth.bench.mjs [--small 8] [--large 32] [--only <text in the shapes' names>]
// Needs nothing but the package's dependencies; about 8 minutes on 2 cores (46 shapes, two bisections each).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { DEEP_SHAPES } from './deep-shapes.mjs';

const { values: args } = parseArgs({
  options: { small: { type: 'string', default: '8' }, large: { type: 'string', default: '32' }, only: { type: 'string' }, probe: { type: 'string' } },
});
const MB = 1024 * 1024;

if (args.probe) {
  // One try: parse shape at depth in a worker of stackMb; exit 0 if it came back.
  const [name, depth, stackMb] = JSON.parse(args.probe);
  const shape = DEEP_SHAPES.find((s) => s.name === name);
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import('oxc-parser/src-js/bindings').then(({ parseSync }) => {
       const r = parseSync(workerData.file, workerData.text, { range: true, astType: 'ts' });
       parentPort.postMessage(r.program.length);
     });`,
    { eval: true, workerData: { file: shape.file, text: shape.text(depth) }, resourceLimits: { stackSizeMb: stackMb } },
  );
  worker.once('message', () => process.exit(0));
  worker.once('error', (e) => {
    console.error(e);
    process.exit(3);
  });
} else {
  const self = fileURLToPath(import.meta.url);
  const parses = (name, depth, stackMb) =>
    spawnSync(process.execPath, [self, '--probe', JSON.stringify([name, depth, stackMb])], { stdio: ['ignore', 'ignore', 'pipe'], cwd: fileURLToPath(new URL('..', import.meta.url)) }).status === 0;
  /** The deepest level that parses (to 1%), bracketed by doubling then bisected. */
  function deepest(name, stackMb) {
    let ok = 0;
    let bad = 1000;
    while (parses(name, bad, stackMb)) [ok, bad] = [bad, bad * 2];
    while (bad - ok > Math.max(16, ok / 100)) {
      const mid = Math.floor((ok + bad) / 2);
      if (parses(name, mid, stackMb)) ok = mid;
      else bad = mid;
    }
    return ok;
  }
  const small = Number(args.small);
  const large = Number(args.large);
  console.log(`oxc-parser native stack per nesting level (worker stacks of ${small} and ${large} MB)`);
  console.log(['shape'.padEnd(18), 'depth@small'.padStart(12), 'depth@large'.padStart(12), 'B/level'.padStart(9), 'chars/lvl'.padStart(10), 'B/char'.padStart(8)].join(' '));
  let worst = { perChar: 0, name: '' };
  for (const shape of DEEP_SHAPES.filter((s) => !args.only || s.name.includes(args.only))) {
    const a = deepest(shape.name, small);
    const b = deepest(shape.name, large);
    const perLevel = ((large - small) * MB) / (b - a);
    const charsPerLevel = (shape.text(2000).length - shape.text(1000).length) / 1000;
    const perChar = perLevel / charsPerLevel;
    if (perChar > worst.perChar) worst = { perChar, name: shape.name };
    console.log([shape.name.padEnd(18), String(a).padStart(12), String(b).padStart(12), perLevel.toFixed(0).padStart(9), charsPerLevel.toFixed(1).padStart(10), perChar.toFixed(0).padStart(8)].join(' '));
  }
  console.log(`worst: ${worst.perChar.toFixed(0)} bytes of stack per character (${worst.name})`);
}
