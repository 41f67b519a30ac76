// The plugin's configs: flat ones (ESLint 8.57+ `eslint.config.*`, ESLint 9 and 10) and the same rules
// as `legacy-*` configs for ESLint 8's `.eslintrc` (`extends: ['plugin:@dapr-codes/legacy-recommended']`).
// A name that is not a config but close to one (`configs.recomended`) throws a ConfigError with the
// right name, instead of handing ESLint an `undefined` it reports as "Unexpected undefined config".
import { didYouMean } from '@dapr-codes/catalog';
import type { ESLint, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { projectDeployments } from './deployments.js';
import { ruleModules } from './rules/index.js';
import { ConfigError } from './utils/config-error.js';

export type FlatConfigName = 'recommended' | 'strict' | 'all' | 'disable-type-checked';
export type LegacyConfigName = `legacy-${FlatConfigName}`;
export type ConfigName = FlatConfigName | LegacyConfigName;

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

const allRules: Rules = Object.fromEntries(Object.keys(ruleModules).map((r) => [`@dapr-codes/${r}`, 'error']));

/** The parser options typescript-eslint's own `disable-type-checked` sets: lint these files without types. */
export const disableTypeCheckedLanguageOptions: TSESLint.FlatConfig.LanguageOptions = {
  parserOptions: { project: false, projectService: false, program: null },
};

const RULES_OF: Readonly<Record<Exclude<FlatConfigName, 'disable-type-checked'>, Rules>> = { recommended: recommendedRules, strict: strictRules, all: allRules };
export const FLAT_CONFIG_NAMES: readonly FlatConfigName[] = ['recommended', 'strict', 'all', 'disable-type-checked'];

type Configs = Record<FlatConfigName, Linter.Config> & Record<LegacyConfigName, Linter.LegacyConfig>;

function flatConfigs(plugin: ESLint.Plugin): Record<FlatConfigName, Linter.Config> {
  // `settings` is read when ESLint evaluates the configuration, not when the plugin is imported: the
  // deployment snapshot (docs/dapr-versions.md) is then part of every file's configuration.
  const withPlugin = (configName: keyof typeof RULES_OF): Linter.Config => ({
    name: `@dapr-codes/${configName}`,
    plugins: { '@dapr-codes': plugin },
    rules: RULES_OF[configName] as Linter.RulesRecord,
    get settings() {
      return { dapr: { deployments: projectDeployments() } };
    },
  });
  return {
    recommended: withPlugin('recommended'),
    strict: withPlugin('strict'),
    all: withPlugin('all'),
    'disable-type-checked': { name: '@dapr-codes/disable-type-checked', languageOptions: disableTypeCheckedLanguageOptions as Linter.LanguageOptions },
  };
}

function legacyConfigs(): Record<LegacyConfigName, Linter.LegacyConfig> {
  const withPlugin = (configName: keyof typeof RULES_OF): Linter.LegacyConfig => ({
    plugins: ['@dapr-codes'],
    rules: RULES_OF[configName] as Linter.RulesRecord,
    get settings() {
      return { dapr: { deployments: projectDeployments() } };
    },
  });
  return {
    'legacy-recommended': withPlugin('recommended'),
    'legacy-strict': withPlugin('strict'),
    'legacy-all': withPlugin('all'),
    'legacy-disable-type-checked': { parserOptions: disableTypeCheckedLanguageOptions.parserOptions as Linter.ParserOptions },
  };
}

const ESLINTRC_LOADER = /[\\/]@eslint[\\/]eslintrc[\\/]/;
/**
 * Whether the `.eslintrc` loader (the @eslint/eslintrc package: ESLint 8, and FlatCompat) is reading a
 * config: it calls `configs[name]` itself, a few frames up.
 */
const readByEslintrc = (): boolean => ESLINTRC_LOADER.test(new Error().stack ?? '');

function guarded(configs: Configs): Configs {
  const names = Object.keys(configs);
  const list = `flat configs ${FLAT_CONFIG_NAMES.join(', ')}; for .eslintrc ${FLAT_CONFIG_NAMES.map((n) => `legacy-${n}`).join(', ')}`;
  return new Proxy(configs, {
    get(target, key, receiver) {
      if (typeof key !== 'string') return Reflect.get(target, key, receiver);
      if (Object.hasOwn(target, key)) {
        if ((FLAT_CONFIG_NAMES as readonly string[]).includes(key) && readByEslintrc()) {
          throw new ConfigError(`@dapr-codes/eslint-plugin: "plugin:@dapr-codes/${key}" is a flat config (eslint.config.*); in .eslintrc write "plugin:@dapr-codes/legacy-${key}".`);
        }
        return target[key as ConfigName];
      }
      const hint = didYouMean(key, names);
      if (hint) throw new ConfigError(`@dapr-codes/eslint-plugin: there is no config "${key}".${hint} The configs: ${list}.`);
      return undefined;
    },
  });
}

/** Every config of `plugin` (the flat ones reference it), behind the misspelling guard. */
export function buildConfigs(plugin: ESLint.Plugin): Configs {
  return guarded({ ...flatConfigs(plugin), ...legacyConfigs() });
}
