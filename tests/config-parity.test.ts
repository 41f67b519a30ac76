// One configuration mistake, one text, every host: what the ESLint rules say of a bad option (under
// ESLint and Oxlint alike: tests/lint-setups/mistakes.test.ts) is what the tsserver plugin and the
// language server say of the same option in their settings, after each host's own name.
import { parseSettings } from '@dapr-codes/catalog';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import plugin from '../packages/eslint-plugin/src/index.js';
import { SERVER_NAME } from '../packages/language-server/src/package-info.js';
import { TSSERVER_PLUGIN_NAME } from '../packages/language-server/src/config/tsconfig-entry.js';

/** The ESLint rule's line for `options`, without ESLint's wrapping and the rule's name. */
function fromEslint(rule: string, options: Record<string, unknown>): string {
  const linter = new Linter({ configType: 'flat' });
  try {
    linter.verify('x;', [{ plugins: { '@dapr-codes': plugin }, rules: { [`@dapr-codes/${rule}`]: ['error', options] } }], 'a.js');
  } catch (error) {
    return (error as Error).message.split('\n')[0]!.replace(`Error while loading rule '@dapr-codes/${rule}': @dapr-codes/${rule}: `, '');
  }
  throw new Error('no error');
}

/** The editor host's message for `options`, without its name and what it does next. */
function fromEditor(host: string, options: Record<string, unknown>): string {
  const [problem] = parseSettings(options, host).problems;
  return problem!.message.replace(`${host}: `, '').replace(/ (?:Using the default(?: \("auto"\))?|Reading the project's deployment files instead)\.$/, '');
}

it.each([
  ['no-unknown-code', { appCodes: 'ignore' }],
  ['no-deprecated-code', { daprVersion: '2.0' }],
  ['no-deprecated-code', { daprVersion: 'banana' }],
])('%s %j reads the same in ESLint, the tsserver plugin and the language server', (rule, options) => {
  const text = fromEslint(rule, options);
  expect(text).toContain(Object.keys(options)[0]);
  for (const host of [TSSERVER_PLUGIN_NAME, SERVER_NAME]) {
    expect(host).toMatch(/^@dapr-codes\//);
    expect(fromEditor(host, options)).toBe(text);
  }
});
