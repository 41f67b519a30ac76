// `settings.dapr`, the plugin's shared settings, checked for shape before anything reads it: a string
// where an object belongs (`settings: { dapr: '1.16' }`), a misspelled key, or a `dapr…` key beside it
// is a ConfigError naming what to write, never a silent ignore.
import { describeValue, didYouMean, readClientSetting } from '@dapr-codes/catalog';
import { ConfigError } from './config-error.js';

/** The keys `settings.dapr` may hold. */
// `deployments` is what the plugin's configs write; `target` what an editor host (the language server) resolved.
export const DAPR_SETTING_KEYS: readonly string[] = ['version', 'client', 'deployments', 'target'];

type Settings = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Settings => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `settings.dapr` as an object of known keys (empty when absent); a mistake throws a ConfigError. */
export function daprSettings(settings: Settings): Settings {
  // `settings.daprVersion`, `settings['dapr-codes']`: meant for the plugin, but the plugin reads only `dapr`.
  const misplaced = Object.keys(settings).find((key) => key !== 'dapr' && /^dapr/i.test(key));
  if (misplaced !== undefined) {
    throw new ConfigError(`@dapr-codes: settings.${misplaced} is not read; the plugin's settings go under settings.dapr, e.g. settings: { dapr: { version: "1.14" } }.`);
  }
  const dapr = settings['dapr'];
  if (dapr === undefined) return {};
  if (!isRecord(dapr)) {
    const version = typeof dapr === 'string' ? JSON.stringify(dapr) : '"1.14"';
    throw new ConfigError(`@dapr-codes: settings.dapr must be an object such as { version: "1.14" }, got ${describeValue(dapr)}. Write settings: { dapr: { version: ${version} } }.`);
  }
  const unknown = Object.keys(dapr).find((key) => !DAPR_SETTING_KEYS.includes(key));
  if (unknown !== undefined) {
    throw new ConfigError(`@dapr-codes: unknown key "${unknown}" in settings.dapr.${didYouMean(unknown, DAPR_SETTING_KEYS)} Known keys: ${DAPR_SETTING_KEYS.join(', ')}.`);
  }
  // Checked here, so that every rule says it (only no-unknown-code reads it).
  const client = dapr['client'] === undefined ? undefined : readClientSetting(dapr['client']);
  if (client && !client.ok) throw new ConfigError(`@dapr-codes: settings.dapr.client ${client.problem}.`);
  return dapr;
}
