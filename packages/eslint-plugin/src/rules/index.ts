import type { TSESLint } from '@typescript-eslint/utils';
import exhaustiveHandling from './exhaustive-handling.js';
import noDeprecatedCode from './no-deprecated-code.js';
import noUnknownCode from './no-unknown-code.js';

/** The rules by name, with their typescript-eslint types (options and message ids). */
export const ruleModules = {
  'no-unknown-code': noUnknownCode,
  'no-deprecated-code': noDeprecatedCode,
  'exhaustive-handling': exhaustiveHandling,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof ruleModules;
