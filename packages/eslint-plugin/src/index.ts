import type { ESLint, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { disableTypeCheckedLanguageOptions, recommendedRules, strictRules } from './configs.js';
import exhaustiveHandling from './rules/exhaustive-handling.js';
import noDeprecatedCode from './rules/no-deprecated-code.js';
import noUnknownCode from './rules/no-unknown-code.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** The rules, with their typescript-eslint types (options and message ids). */
export const rules = {
  'no-unknown-code': noUnknownCode,
  'no-deprecated-code': noDeprecatedCode,
  'exhaustive-handling': exhaustiveHandling,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type ConfigName = 'recommended' | 'strict' | 'all' | 'disable-type-checked';

/** Typed with ESLint's own types so `eslint.config.ts` and `defineConfig` accept it as is. */
export interface DaprCodesPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly configs: Record<ConfigName, Linter.Config>;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: DaprCodesPlugin = {
  meta: { name, version },
  // typescript-eslint's rule types and ESLint's differ only in how they spell the same shapes.
  rules: rules as unknown as NonNullable<ESLint.Plugin['rules']>,
  configs,
};

const withPlugin = (configName: ConfigName, rulesOf: TSESLint.FlatConfig.Rules): Linter.Config => ({
  name: `@dapr-codes/${configName}`,
  plugins: { '@dapr-codes': plugin },
  rules: rulesOf as Linter.RulesRecord,
});

configs.recommended = withPlugin('recommended', recommendedRules);
configs.strict = withPlugin('strict', strictRules);
configs.all = withPlugin('all', Object.fromEntries(Object.keys(rules).map((r) => [`@dapr-codes/${r}`, 'error'])));
configs['disable-type-checked'] = {
  name: '@dapr-codes/disable-type-checked',
  languageOptions: disableTypeCheckedLanguageOptions as Linter.LanguageOptions,
};

export { configs };
export default plugin;
