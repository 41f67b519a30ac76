import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { disableTypeCheckedLanguageOptions, recommendedRules, strictRules } from './configs.js';
import exhaustiveHandling from './rules/exhaustive-handling.js';
import noDeprecatedCode from './rules/no-deprecated-code.js';
import noUnknownCode from './rules/no-unknown-code.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export const rules = {
  'no-unknown-code': noUnknownCode,
  'no-deprecated-code': noDeprecatedCode,
  'exhaustive-handling': exhaustiveHandling,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type FlatConfig = TSESLint.FlatConfig.Config;

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as Record<'recommended' | 'strict' | 'all' | 'disable-type-checked', FlatConfig>,
};

const withPlugin = (configName: string, rulesOf: TSESLint.FlatConfig.Rules): FlatConfig => ({
  name: `@dapr-codes/${configName}`,
  plugins: { '@dapr-codes': plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesOf,
});

plugin.configs.recommended = withPlugin('recommended', recommendedRules);
plugin.configs.strict = withPlugin('strict', strictRules);
plugin.configs.all = withPlugin('all', Object.fromEntries(Object.keys(rules).map((r) => [`@dapr-codes/${r}`, 'error'])));
plugin.configs['disable-type-checked'] = { name: '@dapr-codes/disable-type-checked', languageOptions: disableTypeCheckedLanguageOptions };

export const configs = plugin.configs;
export default plugin;
