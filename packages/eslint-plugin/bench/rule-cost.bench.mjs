#!/usr/bin/env node
// Benchmark (a script, not a test): what each @dapr-codes rule costs next to ESLint's parse time and all
// rules' time, from ESLint's own --stats (times taken in the same pass, so their ratios hold on a busy
// machine, where the absolute times do not), in one run per corpus; the lint's CPU time for scale.
// The plugin runs with the `all` config beside @eslint/js recommended, without type information; the
// findings on each corpus are printed for review (nothing read is committed).
//   node packages/eslint-plugin/bench/rule-cost.bench.mjs [corpus ...]   (pnpm run bench:rule-cost builds first)
// A corpus is a directory (a checkout of a Dapr-using app, say), or a bare git directory read at the
// commit given as `<dir>@<commit>` (default HEAD) and exported once to .bench/corpora/. Without
// arguments: the @dapr/dapr@3.18.0 SDK from the npm registry (installed once into .bench/corpus) and this
// repository's own packages/.
// Needs: the built workspace; the npm registry for the default corpus on the first run. Under a minute
// on 2 cores for the defaults; a 3,000-file app takes a few minutes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { cpuOf } from '../../../scripts/bench/cpu.mjs';
import dapr from '../dist/index.js';

const root = join(import.meta.dirname, '../../..');

/** The registry corpus: Dapr's own JavaScript SDK, real code that talks to the sidecar. */
function registryCorpus() {
  const dir = join(root, '.bench/corpus');
  const sdk = join(dir, 'node_modules/@dapr/dapr');
  if (!existsSync(sdk)) {
    mkdirSync(dir, { recursive: true });
    console.log('installing @dapr/dapr@3.18.0 from the registry into .bench/corpus ...');
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', dir, '@dapr/dapr@3.18.0'], { stdio: 'inherit' });
  }
  return sdk;
}
const PATTERNS = ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'];
const IGNORES = ['**/node_modules/**', '**/dist/**', '**/*.d.ts', '**/*.min.js'];

/** A directory to lint: the directory itself, or a git directory's tree exported to .bench/. */
function corpusDir(spec) {
  // `<dir>@<commit>`; an `@` inside a path (node_modules/@dapr/dapr) is part of the path.
  const m = /^(.*)@([0-9a-f]{4,40}|HEAD[~^\d]*)$/i.exec(spec);
  const [path, commit] = m ? [m[1], m[2]] : [spec, 'HEAD'];
  const dir = resolve(path);
  if (!existsSync(join(dir, 'HEAD')) || existsSync(join(dir, '.git'))) return { dir, label: dir.startsWith(root) ? dir.slice(root.length + 1) : dir };
  const rev = execFileSync('git', ['--git-dir', dir, 'rev-parse', '--short=12', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  const name = basename(dir) === 'repo' ? basename(dirname(dir)) : basename(dir);
  const out = join(root, '.bench/corpora', `${name}@${rev}`);
  if (!existsSync(out)) exportSources(dir, rev, out);
  return { dir: out, label: `${name}@${rev}` };
}

const SOURCE = /\.(?:ts|tsx|js|mjs|cjs)$/;

/** Writes the JS/TS files of a commit (a snapshot may lack its largest blobs: those are skipped). */
function exportSources(gitDir, rev, out) {
  const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', rev], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const blobs = tree
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line))
    .filter((m) => m && SOURCE.test(m[2]))
    .map((m) => ({ oid: m[1], path: m[2] }));
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: blobs.map((b) => b.oid).join('\n') + '\n', maxBuffer: 1 << 30 });
  let at = 0;
  for (const { path } of blobs) {
    const eol = batch.indexOf(10, at);
    const header = batch.subarray(at, eol).toString();
    at = eol + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), batch.subarray(at, at + size));
    at += size + 1;
  }
}

// A rule that visits every string literal and template literal and does nothing: what ESLint's own
// dispatch (and --stats timing) of those listeners costs, the floor for any rule over literals.
const floorPlugin = { rules: { 'visit-literals': { meta: { schema: [] }, create: () => ({ Literal() {}, TemplateLiteral() {} }) } } };

async function lint(dir) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: IGNORES },
      // The corpus's own eslint-disable comments name rules that are not loaded here.
      { files: PATTERNS, languageOptions: { parser: tsParser }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      js.configs.recommended,
      dapr.configs.all,
      { plugins: { floor: floorPlugin }, rules: { 'floor/visit-literals': 'error' } },
    ],
    stats: true,
    cache: false,
    errorOnUnmatchedPattern: false,
  });
  return cpuOf(() => eslint.lintFiles(PATTERNS));
}

function stats(results) {
  let parse = 0;
  let rulesTotal = 0;
  const byRule = new Map();
  for (const r of results) {
    for (const pass of r.stats?.times.passes ?? []) {
      parse += pass.parse.total;
      for (const [rule, t] of Object.entries(pass.rules ?? {})) {
        rulesTotal += t.total;
        byRule.set(rule, (byRule.get(rule) ?? 0) + t.total);
      }
    }
  }
  return { parse, rulesTotal, byRule };
}

const ms = (x) => `${x.toFixed(0)} ms`;
const pct = (x) => `${(x * 100).toFixed(2)}%`;

const specs = process.argv.length > 2 ? process.argv.slice(2) : [registryCorpus(), join(root, 'packages')];
const summaries = [];
for (const spec of specs) {
  const { dir, label } = corpusDir(spec);
  if (!existsSync(dir)) {
    console.log(`${label}: not found (pass a directory, or a bare git directory as <dir>@<commit>)`);
    continue;
  }
  const { cpuMs, result: results } = await lint(dir);
  const { parse, rulesTotal, byRule } = stats(results);
  const ours = [...byRule].filter(([rule]) => rule.startsWith('@dapr-codes/'));
  const plugin = ours.reduce((n, [, t]) => n + t, 0);
  const ranked = [...byRule].filter(([rule]) => !rule.startsWith('floor/')).sort((a, b) => b[1] - a[1]);
  const realRules = rulesTotal - (byRule.get('floor/visit-literals') ?? 0);
  summaries.push(`  ${label} (${results.length} files): plugin ${pct(plugin / parse)} of parse, ${pct(plugin / realRules)} of rule time`);
  console.log(`\n${label}: ${results.length} files, parse ${ms(parse)}, all rules ${ms(realRules)}, CPU time of the lint ${ms(cpuMs)}`);
  for (const [rule, t] of ours.sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(32)} ${ms(t).padStart(8)}  ${pct(t / parse).padStart(7)} of parse  rank ${ranked.findIndex(([r]) => r === rule) + 1}/${ranked.length}`);
  }
  console.log(`  plugin total ${ms(plugin)}: ${pct(plugin / parse)} of parse, ${pct(plugin / realRules)} of rule time`);
  const floor = byRule.get('floor/visit-literals') ?? 0;
  const regexSpaces = byRule.get('no-regex-spaces') ?? 0;
  console.log(`  floor: a rule that visits every literal and does nothing ${ms(floor)}: ${pct(floor / parse)} of parse; core no-regex-spaces ${ms(regexSpaces)}: ${pct(regexSpaces / parse)}`);
  console.log(`  costliest rules: ${ranked.slice(0, 3).map(([r, t]) => `${r} ${ms(t)}`).join(', ')}`);
  const findings = results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('@dapr-codes/')).map((m) => ({ file: r.filePath.slice(dir.length + 1), ...m })));
  console.log(`  findings (${findings.length}):`);
  for (const m of findings) console.log(`    ${m.file}:${m.line}:${m.column} ${m.fatal ? 'FATAL' : m.ruleId} ${m.message}`);
}
console.log('\nHEADLINE (ESLint --stats time of the @dapr-codes rules, all config, one run per corpus)');
for (const line of summaries) console.log(line);
