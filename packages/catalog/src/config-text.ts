// What a configuration mistake is called, in every host alike (the ESLint rules under ESLint and Oxlint,
// the tsserver plugin, the language server): the setting, the value given, and what to write instead.
// Hosts add their name in front and say what they do next (stop, or go on with the default).
import { osaDistance } from './suggest.js';
import { parseVersionSpec, type VersionSpec } from './targets/spec.js';

/** A value as a message shows it: strings quoted, containers by kind (their contents can be long). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** `"a" or "b"`, `"a", "b" or "c"`. */
export function alternatives(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/** `must be "a" or "b", got "c"`. */
export function choiceProblem(allowed: readonly unknown[], value: unknown): string {
  return `must be ${alternatives(allowed)}, got ${describeValue(value)}`;
}

/** ` Did you mean "version"?` for a near miss of one of `known`, else the empty string. */
export function didYouMean(name: string, known: readonly string[]): string {
  const close = known.filter((k) => osaDistance(name.toLowerCase(), k.toLowerCase(), 3) <= 3).sort((a, b) => osaDistance(name, a) - osaDistance(name, b));
  return close.length > 0 ? ` Did you mean "${close[0]}"?` : '';
}

export type VersionSetting = { readonly ok: true; readonly spec: VersionSpec } | { readonly ok: false; readonly kind: 'type' | 'unsupported'; readonly problem: string };

/**
 * A Dapr version setting (`settings.dapr.version`, the `daprVersion` option) read from configuration: a
 * version spec (docs/dapr-versions.md). `setting` names it as the user wrote it; the problem reads
 * `<setting> must be …` (not a string or a list of strings) or `<setting>: …`, and names the forms.
 */
export function readVersionSetting(setting: string, value: unknown): VersionSetting {
  const isSpecShape = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
  const parsed = parseVersionSpec(value);
  if (parsed.ok) return { ok: true, spec: parsed.spec };
  if (!isSpecShape) return { ok: false, kind: 'type', problem: `${setting} must be a Dapr version spec such as "1.14", ">=1.15 <1.17" or "auto", got ${describeValue(value)}` };
  return { ok: false, kind: 'unsupported', problem: `${setting}: ${parsed.error}` };
}
