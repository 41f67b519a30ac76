import type { TSESLint } from '@typescript-eslint/utils';

type Rules = TSESLint.FlatConfig.Rules;

export const recommendedRules: Rules = {
  '@dapr-codes/no-unknown-code': 'error',
  '@dapr-codes/no-deprecated-code': 'error',
  '@dapr-codes/exhaustive-handling': 'warn',
};

export const strictRules: Rules = {
  '@dapr-codes/no-unknown-code': ['error', { appCodes: 'report' }],
  '@dapr-codes/no-deprecated-code': 'error',
  '@dapr-codes/exhaustive-handling': ['error', { requireDefault: true }],
};

/** The parser options typescript-eslint's own `disable-type-checked` sets: lint these files without types. */
export const disableTypeCheckedLanguageOptions: TSESLint.FlatConfig.LanguageOptions = {
  parserOptions: { project: false, projectService: false, program: null },
};
