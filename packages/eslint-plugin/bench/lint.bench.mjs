#!/usr/bin/env node
// Benchmark (a script, not a test): lint a real corpus from the npm registry with the recommended
// config on vs off, interleaved and repeated in one run; print the median wall-time ratio and the
// plugin rules' own share of ESLint's --stats time. Then lint Dapr-using code (the @dapr/dapr package's
// own files and the repo's fixtures) and print every finding for review.
//   node packages/eslint-plugin/bench/lint.bench.mjs [rounds=5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import dapr from '../dist/index.js';

const root = join(import.meta.dirname, '../../..');
const corpus = join(root, '.bench/corpus');
const CORPUS = ['effect@3.22.4', '@dapr/dapr@3.18.0'];
if (!existsSync(join(corpus, 'node_modules/effect/src'))) {
  mkdirSync(corpus, { recursive: true });
  console.log(`installing the corpus (${CORPUS.join(', ')}) into .bench/corpus ...`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', corpus, ...CORPUS], { stdio: 'inherit' });
}

const rounds = Number(process.argv[2] ?? 5);
// The corpus's own eslint-disable comments name rules that are not loaded here.
const base = [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tsParser }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }];
const configs = { off: base, on: [...base, dapr.configs.recommended] };
const effectDir = join(corpus, 'node_modules/effect');

/** `config` undefined: the project's own eslint.config.js. */
async function lint(cwd, config, patterns) {
  const eslint = new ESLint(config ? { cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false } : { cwd, cache: false });
  const t0 = performance.now();
  const results = await eslint.lintFiles(patterns);
  return { ms: performance.now() - t0, results };
}

function statsOf(results) {
  let total = 0;
  let plugin = 0;
  for (const r of results) {
    for (const pass of r.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [rule, t] of Object.entries(pass.rules ?? {})) if (rule.startsWith('@dapr-codes/')) plugin += t.total;
    }
  }
  return { total, plugin };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => `${(x * 100).toFixed(2)}%`;

/** Our findings and real crashes; ESLint's notes about the corpus's own eslint comments are not ours. */
const relevant = (results) =>
  results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('@dapr-codes/')).map((m) => ({ file: r.filePath.slice(root.length + 1), ...m })));
const print = (messages) => messages.forEach((m) => console.log(`  ${m.file}:${m.line}:${m.column} ${m.fatal ? 'FATAL' : m.ruleId} ${m.message}`));

const first = await lint(effectDir, configs.on, ['src/**/*.ts']);
const files = first.results.length;
const lines = first.results.reduce((n, r) => n + readFileSync(r.filePath, 'utf8').split('\n').length, 0);
const firstFindings = relevant(first.results);
console.log(`corpus: effect@3.22.4 src, ${files} files, ${lines} lines; plugin findings: ${firstFindings.filter((m) => !m.fatal).length}, fatal: ${firstFindings.filter((m) => m.fatal).length}`);
print(firstFindings);

const ratios = [];
const on = [];
const off = [];
const shares = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first, so warm-up and machine drift fall on both sides.
  const order = i % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
  const times = {};
  for (const which of order) {
    const { ms, results } = await lint(effectDir, configs[which], ['src/**/*.ts']);
    times[which] = ms;
    if (which === 'on') {
      const s = statsOf(results);
      shares.push(s.plugin / s.total);
    }
  }
  on.push(times.on);
  off.push(times.off);
  ratios.push(times.on / times.off);
  console.log(`round ${i + 1}: off ${times.off.toFixed(0)} ms, on ${times.on.toFixed(0)} ms, ratio ${times.on / times.off > 0 ? (times.on / times.off).toFixed(3) : '-'}`);
}
console.log(`\n${rounds} interleaved rounds over ${files} files (${lines} lines):`);
console.log(`  median wall time off ${median(off).toFixed(0)} ms, on ${median(on).toFixed(0)} ms; median ratio on/off ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})`);
console.log(`  plugin rules' share of ESLint's --stats time (parse + rules + fixes): median ${pct(median(shares))}`);

// Dapr-using code: every finding printed for review.
const daprDir = join(corpus, 'node_modules/@dapr/dapr');
const sdk = await lint(daprDir, configs.on, ['**/*.js', '**/*.ts']);
const fixtures = await lint(join(root, 'tests/fixtures/eslint-project'), undefined, ['src/**/*.ts', 'src/**/*.js', 'src/**/*.cjs']);
for (const [label, run] of [['@dapr/dapr@3.18.0 (its own .js and .d.ts files)', sdk], ['tests/fixtures/eslint-project (its own eslint.config.js)', fixtures]]) {
  const messages = relevant(run.results);
  console.log(`\n${label}: ${run.results.length} files, ${messages.filter((m) => !m.fatal).length} plugin findings, ${messages.filter((m) => m.fatal).length} fatal`);
  print(messages);
}
