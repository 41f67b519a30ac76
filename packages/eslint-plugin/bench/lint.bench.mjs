#!/usr/bin/env node
// Benchmark (a script, not a test): lint a real corpus from the npm registry with the recommended
// config on vs off, interleaved and repeated in one run; print the median wall-time ratio and the
// plugin rules' own share of ESLint's --stats time. Then the same rules under Oxlint (JS plugin): wall
// time against ESLint's, findings compared. Then lint Dapr-using code (the @dapr/dapr package's
// own files and the repo's fixtures) and print every finding for review.
//   node packages/eslint-plugin/bench/lint.bench.mjs [rounds=5]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
const base = [{ files: ['**/*.{ts,mts,cts,tsx,js,mjs,cjs,jsx}'], languageOptions: { parser: tsParser }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }];
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

// Oxlint with the plugin as a JS plugin, on the same files: wall time against ESLint's, findings compared.
const oxlintBin = join(root, 'node_modules/oxlint/bin/oxlint');
const pluginDir = join(import.meta.dirname, '..');
const oxlintConfig = join(root, '.bench/oxlint/.oxlintrc.json');
mkdirSync(dirname(oxlintConfig), { recursive: true });
// Oxlint's own default rules off, so that both linters run only the plugin's rules (plus parsing).
writeFileSync(oxlintConfig, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [pluginDir], rules: dapr.configs.recommended.rules, settings: {} }));
const oxlintOff = join(dirname(oxlintConfig), 'off.json');
writeFileSync(oxlintOff, JSON.stringify({ categories: { correctness: 'off' } }));

// Oxlint lints nothing under node_modules (where the corpus is installed) or under a folder this
// repository's .gitignore lists (.bench/): it lints byte-identical copies outside the repository.
function copyOf(dir) {
  const to = join(tmpdir(), 'dapr-codes-bench', dir.split('node_modules/').pop());
  if (!existsSync(to)) cpSync(dir, to, { recursive: true });
  return to;
}

function oxlint(config, cwd, paths) {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [oxlintBin, '-c', config, '--format', 'json', ...paths], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (out.status !== 0 && out.status !== 1) throw new Error(`oxlint failed: ${out.stderr}`);
  return { ms, diagnostics: JSON.parse(out.stdout).diagnostics };
}
const oxKey = (d) => `${d.filename}:${d.labels[0]?.span.line}:${d.labels[0]?.span.column} ${d.code.replace(/^@dapr-codes\((.*)\)$/, '@dapr-codes/$1')} ${d.message}`;
const esKey = (cwd) => (r) => r.messages.filter((m) => m.ruleId?.startsWith('@dapr-codes/')).map((m) => `${r.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);

const oxOn = [];
const oxOff = [];
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
  for (const which of order) (which === 'on' ? oxOn : oxOff).push(oxlint(which === 'on' ? oxlintConfig : oxlintOff, copyOf(effectDir), ['src']).ms);
}
console.log(`\nOxlint ${JSON.parse(readFileSync(join(root, 'node_modules/oxlint/package.json'), 'utf8')).version}, same ${files} files, plugin as a JS plugin, Oxlint's default rules off:`);
console.log(`  median wall time off ${median(oxOff).toFixed(0)} ms, on ${median(oxOn).toFixed(0)} ms; ratio on/off ${(median(oxOn) / median(oxOff)).toFixed(3)}`);
console.log(`  ESLint (recommended) / Oxlint (the same rules): ${(median(on) / median(oxOn)).toFixed(2)}x the wall time (medians ${median(on).toFixed(0)} ms vs ${median(oxOn).toFixed(0)} ms)`);

// Findings compared on code that has some: the lint-setups sample and the Dapr SDK.
for (const [label, cwd, patterns] of [
  ['tests/lint-setups/sample', join(root, 'tests/lint-setups/sample'), ['src']],
  ['@dapr/dapr@3.18.0', copyOf(join(corpus, 'node_modules/@dapr/dapr')), ['**/*.js', '**/*.ts']],
  ['effect@3.22.4 src', copyOf(effectDir), ['src/**/*.ts']],
]) {
  const fromEslint = (await lint(cwd, configs.on, patterns)).results.flatMap(esKey(cwd)).sort();
  const fromOxlint = oxlint(oxlintConfig, cwd, ['.']).diagnostics.filter((d) => d.code?.startsWith('@dapr-codes(')).map(oxKey).sort();
  const same = JSON.stringify(fromEslint) === JSON.stringify(fromOxlint);
  console.log(`  findings on ${label}: ESLint ${fromEslint.length}, Oxlint ${fromOxlint.length}, ${same ? 'identical' : 'DIFFERENT'}`);
  if (!same) {
    for (const f of fromEslint.filter((x) => !fromOxlint.includes(x))) console.log(`    only ESLint: ${f}`);
    for (const f of fromOxlint.filter((x) => !fromEslint.includes(x))) console.log(`    only Oxlint: ${f}`);
  }
}

// Dapr-using code: every finding printed for review.
const daprDir = join(corpus, 'node_modules/@dapr/dapr');
const sdk = await lint(daprDir, configs.on, ['**/*.js', '**/*.ts']);
const fixtures = await lint(join(root, 'tests/fixtures/eslint-project'), undefined, ['src/**/*.ts', 'src/**/*.js', 'src/**/*.cjs']);
for (const [label, run] of [['@dapr/dapr@3.18.0 (its own .js and .d.ts files)', sdk], ['tests/fixtures/eslint-project (its own eslint.config.js)', fixtures]]) {
  const messages = relevant(run.results);
  console.log(`\n${label}: ${run.results.length} files, ${messages.filter((m) => !m.fatal).length} plugin findings, ${messages.filter((m) => m.fatal).length} fatal`);
  print(messages);
}
