import type { ESLint, Linter, Rule } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { disableTypeCheckedLanguageOptions, recommendedRules, strictRules } from './configs.js';
import { ruleModules, type RuleName } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export type { RuleName };

/**
 * The rules, typed with ESLint's own types: the published declarations name no typescript-eslint
 * package, which is a build-time dependency only.
 */
export const rules = ruleModules as unknown as Readonly<Record<RuleName, Rule.RuleModule>>;

export type ConfigName = 'recommended' | 'strict' | 'all' | 'disable-type-checked';

/** Typed with ESLint's own types so `eslint.config.ts` and `defineConfig` accept it as is. */
export interface DaprCodesPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly configs: Record<ConfigName, Linter.Config>;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: DaprCodesPlugin = {
  meta: { name, version },
  rules,
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
