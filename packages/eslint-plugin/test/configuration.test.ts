// Every configuration mistake is one line that names the setting, the value and the fix: a ConfigError
// whose stack is its message, so ESLint and Oxlint print no trace of our code (their CLIs: tests/lint-setups).
import { parseVersionSpec } from '@dapr-codes/catalog';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';
import { ConfigError } from '../src/utils/config-error.js';

const linter = new Linter({ configType: 'flat' });
const CODE = "switch (b.errorCode) { case 'ERR_STATE_GET': break; }";

/** What linting one file with `rule` (and `settings`) throws; ESLint adds the rule and the file around the message. */
function thrown(rule: string, options: unknown[], settings?: Record<string, unknown>): Error {
  try {
    linter.verify(CODE, [{ plugins: { '@dapr-codes': plugin }, rules: { [`@dapr-codes/${rule}`]: ['error', ...options] }, ...(settings ? { settings } : {}) }], 'a.js');
  } catch (error) {
    return error as Error;
  }
  throw new Error('no error thrown');
}

/** Our line, without what ESLint wraps it in; and checks there is nothing else (no stack frames). */
function ourLine(error: Error, rule: string): string {
  expect(error).toBeInstanceOf(ConfigError);
  expect(error.stack).toBe(error.message);
  const [first, ...rest] = error.message.split('\n');
  expect(rest).toEqual(['Occurred while linting a.js']);
  const prefix = `Error while loading rule '@dapr-codes/${rule}': `;
  expect(first!.startsWith(prefix)).toBe(true);
  return first!.slice(prefix.length);
}

const versionError = (text: string) => {
  const parsed = parseVersionSpec(text);
  if (parsed.ok) throw new Error(`${text} is a supported version`);
  return parsed.error;
};

describe('settings.dapr', () => {
  it.each([
    [{ dapr: '1.16' }, '@dapr-codes: settings.dapr must be an object such as { version: "1.14" }, got "1.16". Write settings: { dapr: { version: "1.16" } }.'],
    [{ dapr: ['1.16'] }, '@dapr-codes: settings.dapr must be an object such as { version: "1.14" }, got an array. Write settings: { dapr: { version: "1.14" } }.'],
    [{ dapr: { verison: '1.16' } }, '@dapr-codes: unknown key "verison" in settings.dapr. Did you mean "version"? Known keys: version, client, deployments, target.'],
    [{ daprVersion: '1.16' }, '@dapr-codes: settings.daprVersion is not read; the plugin\'s settings go under settings.dapr, e.g. settings: { dapr: { version: "1.14" } }.'],
    [{ dapr: { version: 14 } }, '@dapr-codes: settings.dapr.version must be a Dapr version spec such as "1.14", ">=1.15 <1.17" or "auto", got 14.'],
    [{ dapr: { version: 'banana' } }, `@dapr-codes: settings.dapr.version: ${versionError('banana')}.`],
    [{ dapr: { version: '2.0' } }, `@dapr-codes: settings.dapr.version: ${versionError('2.0')}.`],
    [{ dapr: { client: 'yes' } }, '@dapr-codes: settings.dapr.client must be "auto", true (the files are Dapr clients) or false (they are not), got "yes".'],
  ])('%j', (settings, message) => {
    for (const rule of Object.keys(rules)) expect(ourLine(thrown(rule, [], settings), rule)).toBe(message);
  });

  it('leaves settings of other plugins alone', () => {
    expect(() => linter.verify(CODE, [{ plugins: { '@dapr-codes': plugin }, rules: plugin.configs.recommended.rules, settings: { react: { version: '18' }, dapr: { version: '1.14' } } }], 'a.js')).not.toThrow();
  });
});

describe('rule options', () => {
  it.each([
    ['no-deprecated-code', { daprVersion: '2.0' }, `@dapr-codes/no-deprecated-code: option "daprVersion": ${versionError('2.0')}.`],
    ['exhaustive-handling', { scope: 'everything' }, '@dapr-codes/exhaustive-handling: option "scope" must be "category" or "all", got "everything".'],
    ['no-unknown-code', { appCodes: 'ignore' }, '@dapr-codes/no-unknown-code: option "appCodes" must be "ignore-distant" or "report", got "ignore".'],
    [
      'exhaustive-handling',
      { defaultCaseCommentPattern: '' },
      '@dapr-codes/exhaustive-handling: option "defaultCaseCommentPattern" "" matches any text (even "", "TODO", "handled by the caller"), so any comment at the end of a switch would count as a default. Write a pattern that says what it matches, e.g. "^no default$".',
    ],
    [
      'exhaustive-handling',
      { defaultCaseCommentPattern: '^(a+)+$' },
      '@dapr-codes/exhaustive-handling: option "defaultCaseCommentPattern" "^(a+)+$" could backtrack for minutes on some texts: "(a+)+" repeats "a+", which itself repeats or is optional. Write a simpler pattern, e.g. "^no default$".',
    ],
    [
      'no-unknown-code',
      { allowedPattern: '(' },
      "@dapr-codes/no-unknown-code: option \"allowedPattern\" \"(\" is not a valid regular expression (Invalid regular expression: /(/u: Unterminated group). Write it as in new RegExp(pattern, 'u'), e.g. \"^APP_\".",
    ],
    [
      'no-unknown-code',
      { allowedPattern: '.*' },
      '@dapr-codes/no-unknown-code: option "allowedPattern" ".*" matches any text (even "ERR_STATE_STORE_NOT_FOUND", "DAPR_PUBSUB_NOT_FOUND", "x"), so no string would ever be reported. Write a pattern that says what it matches, e.g. "^APP_".',
    ],
  ])('%s %j', (rule, options, message) => {
    expect(ourLine(thrown(rule, [options]), rule)).toBe(message);
  });

  it('leaves type and property mistakes to the schema, whose errors ESLint prints with the property names', () => {
    expect(thrown('no-unknown-code', [{ allowedCodes: 'ERR_X' }]).message).toMatch(/Key "@dapr-codes\/no-unknown-code":\s+Value "ERR_X" should be array/);
    expect(thrown('no-deprecated-code', [{ daprVersoin: '1.14' }]).message).toMatch(/Unexpected property "daprVersoin". Expected properties: "daprVersion"/);
  });
});

describe('config names', () => {
  it('a misspelled config name says which one was meant', () => {
    expect(() => (plugin.configs as Record<string, unknown>)['recomended']).toThrow(
      new ConfigError(
        '@dapr-codes/eslint-plugin: there is no config "recomended". Did you mean "recommended"? The configs: flat configs recommended, strict, all, disable-type-checked; for .eslintrc legacy-recommended, legacy-strict, legacy-all, legacy-disable-type-checked.',
      ),
    );
    expect(() => (plugin.configs as Record<string, unknown>)['legacy-strct']).toThrow(/Did you mean "legacy-strict"\?/);
  });

  it('a name far from every config is simply absent (tools probe for names such as flat/recommended)', () => {
    expect((plugin.configs as Record<string, unknown>)['flat/recommended']).toBeUndefined();
    expect('flat/recommended' in plugin.configs).toBe(false);
    expect(Object.keys(plugin.configs)).toEqual(['recommended', 'strict', 'all', 'disable-type-checked', 'legacy-recommended', 'legacy-strict', 'legacy-all', 'legacy-disable-type-checked']);
  });
});
