// The playground's lint (ESLint's browser Linter, oxc's WebAssembly parser) gives what ESLint with
// typescript-eslint's parser gives: the same findings, messages, fixes and suggestions, on the shared
// lint-setup sample and on the site's own examples; the examples the code pages show lint clean.
import { allCodes, allReasons } from '@dapr-codes/catalog';
import plugin from '@dapr-codes/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeExample, exampleVersion, reasonExample } from '../src/model/example.js';
import { DEFAULT_SNIPPET } from '../src/playground/default-snippet.js';
import { applyEdit, createPlaygroundLinter, type LintRequest, type PlaygroundLinter } from '../src/playground/lint.js';
import { instantiateOxc } from '../src/playground/oxc-wasm.js';
import { importedMemory } from '../src/playground/wasm-memory.js';

const require = createRequire(import.meta.url);
const wasm = new Uint8Array(readFileSync(require.resolve('oxc-parser/wasm')));
const sampleDir = join(import.meta.dirname, '../../../tests/lint-setups/sample/src');

let lint: PlaygroundLinter;
beforeAll(async () => {
  lint = createPlaygroundLinter(await instantiateOxc(wasm));
});

/** ESLint as the CLI runs it for a TypeScript project: typescript-eslint's parser, the plugin's config. */
function eslintReference({ text, language, version, config }: LintRequest) {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    text,
    [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tsParser, sourceType: 'module' } }, plugin.configs[config], { settings: version ? { dapr: { version } } : {} }],
    language === 'ts' ? 'file.ts' : 'file.js',
  );
  return messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, fix: m.fix, suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, fix: s.fix })) }));
}

function playground(request: LintRequest) {
  const outcome = lint(request);
  if (outcome.kind !== 'findings') throw new Error(`${outcome.kind}: ${outcome.message}`);
  return outcome.findings.map(({ severity: _severity, ...rest }) => rest);
}

const samples = readdirSync(sampleDir).map((name) => ({ name, text: readFileSync(join(sampleDir, name), 'utf8'), language: /\.[cm]?ts$/.test(name) ? ('ts' as const) : ('js' as const) }));

describe('the playground lint', () => {
  it('reads the memory size oxc declares from its WebAssembly module', () => {
    expect(importedMemory(wasm)?.initial).toBeGreaterThan(0);
  });

  for (const config of ['recommended', 'strict'] as const) {
    for (const version of ['', '1.13', 'master', 'latest', '>=1.13 <1.15', '1.13 || latest']) {
      it(`gives ESLint's findings on the shared sample (${config}, version "${version}")`, () => {
        for (const sample of samples) {
          const request = { text: sample.text, language: sample.language, version, config };
          expect(playground(request), sample.name).toEqual(eslintReference(request));
        }
      });
    }
  }

  it('finds the default snippet’s mistakes, as ESLint does', () => {
    const request = { text: DEFAULT_SNIPPET, language: 'ts', version: '', config: 'recommended' } as const;
    const findings = playground(request);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['@dapr-codes/no-unknown-code', '@dapr-codes/no-deprecated-code', '@dapr-codes/exhaustive-handling']));
    expect(findings).toEqual(eslintReference(request));
  });

  it('applies a suggestion so that the finding goes away', () => {
    const request = { text: DEFAULT_SNIPPET, language: 'ts', version: '', config: 'recommended' } as const;
    const unknown = playground(request).find((f) => f.ruleId === '@dapr-codes/no-unknown-code')!;
    const fixed = applyEdit(DEFAULT_SNIPPET, unknown.suggestions[0]!.fix);
    expect(playground({ ...request, text: fixed }).some((f) => f.ruleId === '@dapr-codes/no-unknown-code')).toBe(false);
  });

  it('lints every example the code and reason pages show clean (with the version their playground link sets)', () => {
    for (const entry of allCodes) {
      const example = codeExample(entry);
      if (example) expect(playground({ text: example, language: 'ts', version: exampleVersion(entry), config: 'strict' }), entry.code).toEqual([]);
    }
    for (const entry of allReasons) {
      const example = reasonExample(entry);
      if (example) expect(playground({ text: example, language: 'ts', version: '', config: 'strict' }), entry.reason).toEqual([]);
    }
  });

  it('says why a snippet does not parse, with its position', () => {
    expect(lint({ text: 'if (err.errorCode === ', language: 'ts', version: '', config: 'recommended' })).toMatchObject({ kind: 'syntax-error', line: 1 });
    expect(lint({ text: 'const x: number = 1;', language: 'js', version: '', config: 'recommended' }).kind).toBe('syntax-error');
  });

  it('passes the version field to the rules as settings.dapr.version, and shows their message for one they refuse', () => {
    const outcome = lint({ text: 'x;', language: 'ts', version: 'not a version', config: 'recommended' });
    expect(outcome.kind).toBe('config-error');
    expect(outcome.kind === 'config-error' && outcome.message).toContain('settings.dapr.version');
  });
});
