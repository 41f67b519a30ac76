import { createRequire } from 'node:module';
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { Parser } from '@typescript-eslint/utils/ts-eslint';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** typescript-eslint's RuleTester; TypeScript parser by default. */
export const ruleTester = new RuleTester();

/** ESLint's own default parser, for plain-JavaScript cases. */
export const espree = createRequire(createRequire(import.meta.url).resolve('eslint/package.json'))('espree') as Parser.LooseParserModule;
export const js = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest' as const, sourceType: 'module' as const } } };

/** A fix's title names what it writes: a lower-case value (a case-folded comparison) gets the code in lower case. */
export const replaceTitle = (value: string, replacement: string) => `Replace with '${value === value.toLowerCase() ? replacement.toLowerCase() : replacement}'`;

/** A `no-unknown-code` report of a typo with its one "Replace with" suggestion, whose result is `output`. */
export const typoError = (value: string, replacement: string, output: string) => ({
  messageId: 'unknownCode' as const,
  data: { message: `'${value}' is not a Dapr error code. Did you mean '${replacement}'?` },
  suggestions: [{ messageId: 'replaceWith' as const, data: { title: replaceTitle(value, replacement) }, output }],
});
