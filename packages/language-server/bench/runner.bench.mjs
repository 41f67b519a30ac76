#!/usr/bin/env node
// Benchmark (a script, not a test): the server's own rule runner against ESLint's `Linter` running the
// same rules on the same oxc parse (tree, scopes), on the benches' 5,000-line Dapr file. Why the server
// has its own runner: ESLint would be a runtime dependency and is slower per keystroke.
//   node packages/language-server/bench/runner.bench.mjs [--runs 30]
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import plugin from '@dapr-codes/eslint-plugin';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { Linter } from 'eslint';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { daprFile } from '../../typescript-plugin/bench/support.mjs';
import { analyze, parseFile } from '../dist/index.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const text = daprFile(500);
const parser = {
  parseForESLint(code) {
    const parsed = parseFile('a.ts', code);
    if (!parsed.ok) throw new Error(parsed.error);
    return { ast: parsed.file.ast, scopeManager: parsed.file.scopeManager, visitorKeys, services: {} };
  },
};
const linter = new Linter({ configType: 'flat' });
const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`@dapr-codes/${name}`, 'warn']));
const config = [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { '@dapr-codes': plugin }, rules }];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const own = [];
const eslint = [];
for (let i = 0; i < Number(args.runs); i++) {
  const revised = text.replace('// rev 0', `// rev ${i + 1}`);
  let t0 = performance.now();
  const result = analyze('a.ts', revised, DEFAULT_OPTIONS);
  own.push(performance.now() - t0);
  t0 = performance.now();
  const messages = linter.verify(revised, config, 'a.ts');
  eslint.push(performance.now() - t0);
  if (!result.ok || messages.length !== result.lint.messages.length) throw new Error(`different findings: ${messages[0]?.message}`);
}
console.log(`${text.split('\n').length} lines, ${args.runs} runs, parse + scopes + the three rules (ms, median)`);
console.log(`own runner      ${median(own).toFixed(2)}`);
console.log(`ESLint Linter   ${median(eslint).toFixed(2)}   (${(median(eslint) / median(own)).toFixed(2)}x)`);
