#!/usr/bin/env node
// Benchmark (a script, not a test): lookup of 1M strings (hits and misses) and suggestions for 10k
// unknown strings, on the built package. Prints medians of 5 runs measured in this process.
import { performance } from 'node:perf_hooks';
import { CURRENT_CODES, getCode, getReason, isDaprErrorCode, suggestCodes } from '../dist/esm/index.js';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const N = 1_000_000;
const hits = Array.from({ length: N }, (_, i) => CURRENT_CODES[i % CURRENT_CODES.length]);
// Misses shaped like codes so they hash and compare like real input.
const misses = Array.from({ length: N }, (_, i) => `ERR_APP_SPECIFIC_${i}`);

let sink = 0;
const hitMs = time(() => {
  for (const s of hits) if (getCode(s)) sink++;
});
const missMs = time(() => {
  for (const s of misses) if (getCode(s) || getReason(s)) sink++;
});
const guardMs = time(() => {
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
const suggestMs = time((run) => {
  for (const s of unknownSet(run)) sink += suggestCodes(s).length;
});
// Repeats (a file that misspells the same code many times): 10k lookups of 1k distinct strings.
const repeated = unknownSet(99).slice(0, 1_000);
const memoMs = time(() => {
  for (let i = 0; i < K; i++) sink += suggestCodes(repeated[i % repeated.length]).length;
});

const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`node ${process.version}, median of ${RUNS} runs (sink ${sink})`);
console.log(`lookup 1M hits (getCode):              ${fmt(hitMs)}  (${((hitMs * 1e6) / N).toFixed(1)} ns each)`);
console.log(`lookup 1M misses (getCode+getReason):  ${fmt(missMs)}  (${((missMs * 1e6) / N).toFixed(1)} ns each)`);
console.log(`isDaprErrorCode 1M hits:               ${fmt(guardMs)}`);
console.log(`suggestCodes 10k unknown (cold):       ${fmt(suggestMs)}  (${((suggestMs * 1e3) / K).toFixed(1)} µs each)`);
console.log(`suggestCodes 10k, 1k distinct (memo):   ${fmt(memoMs)}`);
