import { readVersionSetting, type DaprVersion } from '@dapr-codes/catalog';
import { ConfigError } from './config-error.js';
import { daprSettings } from './dapr-settings.js';

/**
 * The runtime version a rule checks against: the rule's `daprVersion` option, else
 * `settings.dapr.version`, else none (status-based checks only). A version the catalog does not know
 * is a configuration error: a ConfigError that names the setting, the value and what is supported.
 */
export function targetVersion(rule: string, optionVersion: string | undefined, settings: Readonly<Record<string, unknown>>): DaprVersion | undefined {
  const fromSettings = daprSettings(settings)['version'];
  const [setting, raw] = optionVersion !== undefined ? [`@dapr-codes/${rule}: option "daprVersion"`, optionVersion] : ['@dapr-codes: settings.dapr.version', fromSettings];
  if (raw === undefined) return undefined;
  const read = readVersionSetting(setting, raw);
  if (!read.ok) throw new ConfigError(`${read.problem}.`);
  return read.version;
}

export const daprVersionSchema = {
  type: 'string',
  description: 'Dapr runtime version the code runs against ("1.14", "v1.13.2", "master"); overrides settings.dapr.version.',
} as const;
