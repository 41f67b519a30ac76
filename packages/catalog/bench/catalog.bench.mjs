#!/usr/bin/env node
// Benchmark (a script, not a test): lookup of 1M strings (hits and misses) and suggestions for 10k
// unknown strings, on the built package, in CPU time (median of 5 runs in this process).
//   node packages/catalog/bench/catalog.bench.mjs   (pnpm run bench:catalog; build first: node scripts/build.mjs)
// Needs: the built catalog (dist/); no network, no corpus. A few seconds.
// Headline: CPU-time ratios against a plain Map.get over the same strings (the floor of any lookup), and
// of a suggestion against a lookup.
import { CURRENT_CODES, getCode, getReason, isDaprErrorCode, suggestCodes } from '../dist/esm/index.js';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median CPU time (ms) of `fn` over RUNS runs. */
function cpu(fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    fn(i);
    const { user, system } = process.cpuUsage(before);
    samples.push((user + system) / 1000);
  }
  return median(samples);
}

const N = 1_000_000;
const hits = Array.from({ length: N }, (_, i) => CURRENT_CODES[i % CURRENT_CODES.length]);
// Misses shaped like codes so they hash and compare like real input.
const misses = Array.from({ length: N }, (_, i) => `ERR_APP_SPECIFIC_${i}`);
const floor = new Map(CURRENT_CODES.map((c) => [c, { code: c }]));

let sink = 0;
const floorHitMs = cpu(() => {
  for (const s of hits) if (floor.get(s)) sink++;
});
const floorMissMs = cpu(() => {
  for (const s of misses) if (floor.get(s)) sink++;
});
const hitMs = cpu(() => {
  for (const s of hits) if (getCode(s)) sink++;
});
const missMs = cpu(() => {
  for (const s of misses) if (getCode(s) || getReason(s)) sink++;
});
const guardMs = cpu(() => {
  for (const s of hits) if (isDaprErrorCode(s)) sink++;
});

// 10k distinct unknown strings per run (fresh each run so the memo does not answer): typos of real
// codes, foreign codes and app codes.
const K = 10_000;
const unknownSet = (run) =>
  Array.from({ length: K }, (_, i) => {
    const code = CURRENT_CODES[i % CURRENT_CODES.length];
    switch (i % 4) {
      case 0: return `${code.slice(0, -1)}${run}${i}`;
      case 1: return code.replace('_', '') + `_${run}_${i}`;
      case 2: return `ERR_INVALID_ARG_${run}_${i}`;
      default: return `APP_ORDER_${run}_${i}`;
    }
  });
const suggestMs = cpu((run) => {
  for (const s of unknownSet(run)) sink += suggestCodes(s).length;
});
// Repeats (a file that misspells the same code many times): 10k lookups of 1k distinct strings.
const repeated = unknownSet(99).slice(0, 1_000);
const memoMs = cpu(() => {
  for (let i = 0; i < K; i++) sink += suggestCodes(repeated[i % repeated.length]).length;
});

const x = (a, b) => `${(a / b).toFixed(2)}x`;
const each = (ms, n, unit) => (unit === 'ns' ? `${((ms * 1e6) / n).toFixed(1)} ns` : `${((ms * 1e3) / n).toFixed(1)} µs`);
console.log(`node ${process.version}, CPU time, median of ${RUNS} runs (sink ${sink})`);
console.log('HEADLINE');
console.log(`  getCode, 1M hits / Map.get on the same strings:              ${x(hitMs, floorHitMs)}`);
console.log(`  getCode + getReason, 1M misses / Map.get on the same strings: ${x(missMs, floorMissMs)}`);
console.log(`  suggestCodes of an unknown string / getCode of a hit:         ${x(suggestMs / K, hitMs / N)}  (memoised repeats: ${x(memoMs / K, hitMs / N)})`);
console.log('figures');
console.log(`  Map.get 1M hits ${floorHitMs.toFixed(1)} ms, 1M misses ${floorMissMs.toFixed(1)} ms`);
console.log(`  getCode 1M hits ${hitMs.toFixed(1)} ms (${each(hitMs, N, 'ns')} each); getCode+getReason 1M misses ${missMs.toFixed(1)} ms (${each(missMs, N, 'ns')} each)`);
console.log(`  isDaprErrorCode 1M hits ${guardMs.toFixed(1)} ms`);
console.log(`  suggestCodes 10k unknown ${suggestMs.toFixed(1)} ms (${each(suggestMs, K, 'µs')} each); 10k of 1k distinct (memo) ${memoMs.toFixed(1)} ms`);
