import { ESLintUtils } from '@typescript-eslint/utils';

/** Where the rule docs live; every rule's `meta.docs.url` comes from here. */
export const DOCS_BASE_URL = 'https://github.com/dapr-codes/dapr-codes/blob/main/packages/eslint-plugin/docs/rules';

export interface DaprRuleDocs {
  /** Listed in the `recommended` config. */
  readonly recommended?: boolean;
  /** Works without type information; type information only sharpens it. */
  readonly requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<DaprRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);
