#!/usr/bin/env node
// Benchmark (a script, not a test): what the recommended rules cost on a large real corpus, in CPU time,
// under ESLint and under Oxlint (JS plugin), and whether both report the same findings.
//   node packages/eslint-plugin/bench/lint.bench.mjs [--corpus <dir>]   (pnpm run bench:eslint builds first)
// Needs: the built workspace; the npm registry on the first run, which installs the corpus (effect@3.22.4,
// 235k lines of TypeScript, and the @dapr/dapr@3.18.0 SDK) into .bench/corpus; or `--corpus <dir>`, any
// directory of .ts/.js files, linted instead of effect's src/. About 3 minutes on 2 cores (six ESLint passes).
// Headline: CPU-time ratios (plugin on/off under ESLint, over off-on-on-off passes, and under Oxlint;
// ESLint/Oxlint for the same rules) and the plugin rules' share of ESLint's own --stats time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { cpuOf, percent, ratio, runNode, seconds } from '../../../scripts/bench/cpu.mjs';
import dapr from '../dist/index.js';

const root = join(import.meta.dirname, '../../..');
const { values: args } = parseArgs({ options: { corpus: { type: 'string' } } });
const registry = join(root, '.bench/corpus');
const REGISTRY_CORPUS = ['effect@3.22.4', '@dapr/dapr@3.18.0'];
if (!existsSync(join(registry, 'node_modules/effect/src'))) {
  mkdirSync(registry, { recursive: true });
  console.log(`installing the corpus (${REGISTRY_CORPUS.join(', ')}) from the registry into .bench/corpus ...`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', registry, ...REGISTRY_CORPUS], { stdio: 'inherit' });
}
const sdkDir = join(registry, 'node_modules/@dapr/dapr');
const corpus = args.corpus ? { dir: resolve(args.corpus), patterns: ['**/*.{ts,mts,cts,tsx,js,mjs,cjs,jsx}'], label: basename(resolve(args.corpus)) } : { dir: join(registry, 'node_modules/effect'), patterns: ['src/**/*.ts'], label: 'effect@3.22.4 src' };

// The corpus's own eslint-disable comments name rules that are not loaded here.
const base = [
  { ignores: ['**/node_modules/**', '**/*.min.js'] },
  { files: ['**/*.{ts,mts,cts,tsx,js,mjs,cjs,jsx}'], languageOptions: { parser: tsParser }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
];
const configs = { off: base, on: [...base, dapr.configs.recommended] };

async function eslint(cwd, config, patterns) {
  const linter = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false, errorOnUnmatchedPattern: false });
  const { cpuMs, result } = await cpuOf(() => linter.lintFiles(patterns));
  return { cpuMs, results: result };
}

/** The plugin rules' time and ESLint's whole --stats time (parse, rules, fixes), summed over the files. */
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

/** Our findings and real crashes; ESLint's notes about the corpus's own eslint comments are not ours. */
const relevant = (results, dir) =>
  results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('@dapr-codes/')).map((m) => ({ file: r.filePath.slice(dir.length + 1), ...m })));
const print = (messages) => messages.forEach((m) => console.log(`    ${m.file}:${m.line}:${m.column} ${m.fatal ? 'FATAL' : m.ruleId} ${m.message}`));

// --- ESLint: two untimed passes first (module loading and the JIT's warm-up: the first pass over the
// corpus costs twice the CPU of the fourth), then off, on, on, off, which gives what drift remains to
// both sides alike. The plugin's own cost is the --stats share, measured inside the same pass; the
// whole-lint ratio also carries the machine's noise (each pass is printed).
for (let i = 0; i < 2; i++) await eslint(corpus.dir, configs.on, corpus.patterns);
const passes = [];
for (const which of ['off', 'on', 'on', 'off']) passes.push({ which, ...(await eslint(corpus.dir, configs[which], corpus.patterns)) });
const cpuSum = (which) => passes.filter((p) => p.which === which).reduce((n, p) => n + p.cpuMs, 0) / 2;
const off = { cpuMs: cpuSum('off') };
const on = { cpuMs: cpuSum('on'), results: passes.find((p) => p.which === 'on').results };
const files = on.results.length;
const lines = on.results.reduce((n, r) => n + readFileSync(r.filePath, 'utf8').split('\n').length, 0);
const stats = statsOf(on.results);

// --- Oxlint, the same rules as a JS plugin, Oxlint's own default rules off: off and on once each.
const oxlintBin = join(root, 'node_modules/oxlint/bin/oxlint');
const oxlintDir = join(root, '.bench/oxlint');
mkdirSync(oxlintDir, { recursive: true });
const oxlintOn = join(oxlintDir, 'on.json');
const oxlintOff = join(oxlintDir, 'off.json');
writeFileSync(oxlintOn, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [join(import.meta.dirname, '..')], rules: dapr.configs.recommended.rules }));
writeFileSync(oxlintOff, JSON.stringify({ categories: { correctness: 'off' } }));
// A JS plugin whose one rule visits every literal and does nothing: what any JS plugin costs under Oxlint
// (the syntax tree handed to JavaScript), the floor our rules are measured against.
const oxlintFloor = join(oxlintDir, 'floor.json');
writeFileSync(join(oxlintDir, 'floor-plugin.mjs'), "export default { meta: { name: 'floor' }, rules: { 'visit-literals': { create: () => ({ Literal() {}, TemplateLiteral() {} }) } } };\n");
writeFileSync(oxlintFloor, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: ['./floor-plugin.mjs'], rules: { 'floor/visit-literals': 'error' } }));

// Oxlint lints nothing under node_modules (where the corpus is installed) or under a folder this
// repository's .gitignore lists (.bench/): it lints byte-identical copies outside the repository.
function copyOf(dir) {
  if (!dir.startsWith(root)) return dir;
  const to = join(tmpdir(), 'dapr-codes-bench', dir.split('node_modules/').pop());
  if (!existsSync(to)) cpSync(dir, to, { recursive: true });
  return to;
}

async function oxlint(config, cwd, paths) {
  const run = await runNode(oxlintBin, ['-c', config, '--format', 'json', ...paths], { cwd });
  if (run.status !== 0 && run.status !== 1) throw new Error(`oxlint failed: ${run.stderr}`);
  return { cpuMs: run.cpuMs, diagnostics: JSON.parse(run.stdout).diagnostics };
}
const oxlintPaths = args.corpus ? ['.'] : ['src'];
const oxOff = await oxlint(oxlintOff, copyOf(corpus.dir), oxlintPaths);
const oxFloor = await oxlint(oxlintFloor, copyOf(corpus.dir), oxlintPaths);
const oxOn = await oxlint(oxlintOn, copyOf(corpus.dir), oxlintPaths);
const oxlintVersion = JSON.parse(readFileSync(join(root, 'node_modules/oxlint/package.json'), 'utf8')).version;

console.log(`\nHEADLINE (CPU time; ${corpus.label}: ${files} files, ${lines} lines)`);
console.log(`  ESLint ${ESLint.version}, plugin on/off:            ${ratio(on.cpuMs, off.cpuMs)}  (${seconds(on.cpuMs)} vs ${seconds(off.cpuMs)} a pass, off-on-on-off)`);
console.log(`  plugin rules' share of ESLint's --stats time:  ${percent(stats.plugin / stats.total)}  (${stats.plugin.toFixed(0)} ms of ${stats.total.toFixed(0)} ms parse + rules + fixes)`);
console.log(`    the ESLint passes: ${passes.map((p) => `${p.which} ${seconds(p.cpuMs)}`).join(', ')}`);
console.log(`  Oxlint ${oxlintVersion}, plugin on/off:            ${ratio(oxOn.cpuMs, oxOff.cpuMs)}  (${seconds(oxOn.cpuMs)} vs ${seconds(oxOff.cpuMs)}; Oxlint alone parses natively)`);
console.log(`  Oxlint, plugin / a do-nothing JS plugin:       ${ratio(oxOn.cpuMs, oxFloor.cpuMs)}  (${seconds(oxFloor.cpuMs)}: handing the tree to JavaScript, which any JS plugin costs)`);
console.log(`  ESLint/Oxlint, the same rules:                 ${ratio(on.cpuMs, oxOn.cpuMs)}`);

// --- Findings: ESLint and Oxlint must agree, on code that has some and on the corpus.
const oxKey = (d) => `${d.filename}:${d.labels[0]?.span.line}:${d.labels[0]?.span.column} ${d.code.replace(/^@dapr-codes\((.*)\)$/, '@dapr-codes/$1')} ${d.message}`;
const esKey = (cwd) => (r) => r.messages.filter((m) => m.ruleId?.startsWith('@dapr-codes/')).map((m) => `${r.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
const ours = (diagnostics) => diagnostics.filter((d) => d.code?.startsWith('@dapr-codes(')).map(oxKey).sort();

const sample = join(root, 'tests/lint-setups/sample');
const sdk = await eslint(copyOf(sdkDir), configs.on, ['**/*.js', '**/*.ts']);
const comparisons = [
  ['tests/lint-setups/sample', (await eslint(sample, configs.on, ['src'])).results.flatMap(esKey(sample)), ours((await oxlint(oxlintOn, sample, ['.'])).diagnostics)],
  ['@dapr/dapr@3.18.0', sdk.results.flatMap(esKey(copyOf(sdkDir))), ours((await oxlint(oxlintOn, copyOf(sdkDir), ['.'])).diagnostics)],
  [corpus.label, on.results.flatMap(esKey(corpus.dir)), ours(oxOn.diagnostics)],
];
console.log('\nfindings, ESLint vs Oxlint:');
for (const [label, fromEslint, fromOxlint] of comparisons) {
  fromEslint.sort();
  const same = JSON.stringify(fromEslint) === JSON.stringify(fromOxlint);
  console.log(`  ${label}: ESLint ${fromEslint.length}, Oxlint ${fromOxlint.length}, ${same ? 'identical' : 'DIFFERENT'}`);
  if (!same) {
    for (const f of fromEslint.filter((x) => !fromOxlint.includes(x))) console.log(`    only ESLint: ${f}`);
    for (const f of fromOxlint.filter((x) => !fromEslint.includes(x))) console.log(`    only Oxlint: ${f}`);
  }
}

// --- Every finding on Dapr-using code and on the corpus, for review.
for (const [label, run, dir] of [
  ['@dapr/dapr@3.18.0 (its own .js and .d.ts files)', sdk, copyOf(sdkDir)],
  [corpus.label, on, corpus.dir],
]) {
  const messages = relevant(run.results, dir);
  console.log(`\n${label}: ${run.results.length} files, ${messages.filter((m) => !m.fatal).length} plugin findings, ${messages.filter((m) => m.fatal).length} fatal`);
  print(messages);
}
