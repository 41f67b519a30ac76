import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';
import plugin, { type FlatConfigName } from '../src/index.js';
import { ruleModules as rules } from '../src/rules/index.js';
import { repositoryWebUrl } from '../../../scripts/repository.mjs';
import { DOCS_BASE_URL } from '../src/utils/create-rule.js';

const pkgDir = join(import.meta.dirname, '..');

describe('rule docs', () => {
  it.each(Object.entries(rules))('%s has a doc page that its meta.docs.url points at', (name, rule) => {
    const doc = join(pkgDir, 'docs/rules', `${name}.md`);
    expect(existsSync(doc)).toBe(true);
    expect(rule.meta.docs?.url).toBe(`${DOCS_BASE_URL}/${name}.md`);
    // The address of this very file in the repository the root package.json names.
    expect(rule.meta.docs?.url).toBe(`${repositoryWebUrl()}/blob/main/packages/eslint-plugin/docs/rules/${name}.md`);
    expect(readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# @dapr-codes/${name}\\n`));
    expect(rule.meta.docs?.requiresTypeChecking).toBe(false);
  });

  it('every doc page belongs to a rule', () => {
    const { readdirSync } = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
    expect(readdirSync(join(pkgDir, 'docs/rules')).sort()).toEqual(Object.keys(rules).map((r) => `${r}.md`).sort());
  });

  it('README rule table, doc headers and option lists are what eslint-doc-generator generates', () => {
    const bin = createRequire(import.meta.url).resolve('eslint-doc-generator/package.json').replace(/package\.json$/, 'dist/bin/eslint-doc-generator.js');
    // Throws (non-zero exit) with the diff when anything is out of date.
    execFileSync(process.execPath, [bin, '--check'], { cwd: pkgDir, stdio: 'pipe' });
  });

  it('flat configs are named for --inspect-config, each has a legacy twin with the same rules, and they reference only this plugin', () => {
    const flat = Object.entries(plugin.configs).filter(([name]) => !name.startsWith('legacy-')) as [FlatConfigName, Linter.Config][];
    expect(flat.map(([name]) => name)).toEqual(['recommended', 'strict', 'all', 'disable-type-checked']);
    for (const [name, config] of flat) {
      expect(config.name).toBe(`@dapr-codes/${name}`);
      const legacy = plugin.configs[`legacy-${name}`];
      expect(legacy.rules).toEqual(config.rules);
      expect(legacy.plugins).toEqual(config.plugins ? ['@dapr-codes'] : undefined);
      for (const rule of Object.keys(config.rules ?? {})) expect(rule).toMatch(/^@dapr-codes\//);
    }
    expect(plugin.configs['legacy-disable-type-checked'].parserOptions).toEqual(plugin.configs['disable-type-checked'].languageOptions?.parserOptions);
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(Object.keys(rules).map((r) => `@dapr-codes/${r}`).sort());
  });

  it('every rule has meta.defaultOptions (what ESLint 9.15+, Oxlint and the docs read)', () => {
    for (const rule of Object.values(rules)) expect(rule.meta.defaultOptions).toEqual([expect.any(Object)]);
  });
});
