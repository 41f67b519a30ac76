import type { ESLint, Linter, Rule } from 'eslint';
import { buildConfigs, type ConfigName, type FlatConfigName, type LegacyConfigName } from './configs.js';
import { manifest } from './package-info.js';
import { ruleModules, type RuleName } from './rules/index.js';

const { name, version } = manifest;

export type { ConfigName, FlatConfigName, LegacyConfigName, RuleName };

/**
 * The rules, typed with ESLint's own types: the published declarations name no typescript-eslint
 * package, which is a build-time dependency only.
 */
export const rules = ruleModules as unknown as Readonly<Record<RuleName, Rule.RuleModule>>;

export const meta: { readonly name: string; readonly version: string } = { name, version };

/** Typed with ESLint's own types so `eslint.config.ts` and `defineConfig` accept it as is. */
export interface DaprCodesPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  /** Flat configs (ESLint 8.57+ `eslint.config.*`, ESLint 9 and 10) and `legacy-*` ones for `.eslintrc`. */
  readonly configs: Readonly<Record<FlatConfigName, Linter.Config> & Record<LegacyConfigName, Linter.LegacyConfig>>;
}

const plugin: DaprCodesPlugin = { meta, rules, configs: {} as DaprCodesPlugin['configs'] };
(plugin as { configs: DaprCodesPlugin['configs'] }).configs = buildConfigs(plugin);

export const configs: DaprCodesPlugin['configs'] = plugin.configs;
export default plugin;
// `require('@dapr-codes/eslint-plugin')` (CommonJS configs, ESLint 8's `.eslintrc`, on Node's
// require(esm)) returns this object itself, not the module namespace.
export { plugin as 'module.exports' };
