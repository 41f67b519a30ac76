import { parseDaprVersion, type DaprVersion } from '@dapr-codes/catalog';

interface SettingsLike {
  readonly [key: string]: unknown;
}

/**
 * The runtime version a rule checks against: the rule's `daprVersion` option, else
 * `settings.dapr.version`, else none (status-based checks only). A version the catalog does not know
 * is a configuration error, reported the way ESLint reports bad rule options: by throwing.
 */
export function targetVersion(optionVersion: string | undefined, settings: SettingsLike): DaprVersion | undefined {
  const dapr = settings['dapr'];
  const fromSettings = typeof dapr === 'object' && dapr !== null ? (dapr as SettingsLike)['version'] : undefined;
  if (fromSettings !== undefined && typeof fromSettings !== 'string') {
    throw new TypeError(`@dapr-codes: settings.dapr.version must be a string such as "1.14" (got ${JSON.stringify(fromSettings)}).`);
  }
  const raw = optionVersion ?? fromSettings;
  if (raw === undefined) return undefined;
  const parsed = parseDaprVersion(raw);
  if (!parsed.ok) throw new RangeError(`@dapr-codes: ${optionVersion !== undefined ? 'daprVersion option' : 'settings.dapr.version'}: ${parsed.error}`);
  return parsed.version;
}

export const daprVersionSchema = {
  type: 'string',
  description: 'Dapr runtime version the code runs against ("1.14", "v1.13.2", "master"); overrides settings.dapr.version.',
} as const;
