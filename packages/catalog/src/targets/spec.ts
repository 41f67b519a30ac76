// What a user writes where a Dapr version is accepted (`settings.dapr.version`, `daprVersion`, the VS Code
// setting): one version as before, "latest", a semver range, a list of those, or "auto" (read the project's
// deployment files). Pure: parsing only; what a target sends is in `coverage.ts`.
import { META } from '../generated/data.js';
import { parseDaprVersion, versionKey, type DaprVersion } from '../versions.js';

/** Release versions as keys (`versionKey`), low inclusive, high exclusive. */
export interface VersionSpan {
  readonly low: number;
  readonly high: number;
}

/** A semver range, as the stretch of released versions it holds (clamped to the releases the catalog knows). */
export interface VersionRange {
  readonly kind: 'range';
  readonly span: VersionSpan;
  readonly text: string;
}

/** One runtime (a version, a release line, master) or a range of them. */
export type RuntimeVersion = DaprVersion | VersionRange;

/** `text` is the spec as written (a list joined with ` || `), for messages. */
export type VersionSpec = { readonly kind: 'auto' } | { readonly kind: 'versions'; readonly versions: readonly RuntimeVersion[]; readonly text: string };

export type SpecParseResult = { readonly ok: true; readonly spec: VersionSpec } | { readonly ok: false; readonly error: string };

const latest = parseDaprVersion(META.latestRelease);
const LATEST_KEY = latest.ok && latest.version.kind === 'release' ? versionKey(latest.version.major, latest.version.minor, latest.version.patch ?? 0) : 0;
/** One past the newest release: ranges reaching further are checked up to that release. */
const KNOWN_END = LATEST_KEY + 1;
const FIRST_KEY = versionKey(0, 1, 0);

/** What every spec error ends with: the forms accepted. */
export const SPEC_FORMS = `use "auto" (read the project's deployment files), "latest", a version such as "1.14" or "v1.13.2", a range such as ">=1.15 <1.17" or "^1.15", or a list of them; the catalog knows v0.1 to ${META.latestRelease} and master`;

// `1`, `1.15`, `1.15.x`, `v1.16.2`, `1.15.0-rc.1`, `*`: a possibly partial version.
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?$/;

interface Partial {
  readonly parts: readonly number[]; // the numbers given before the first wildcard
}

function partialOf(text: string): Partial | undefined {
  const m = PARTIAL.exec(text);
  if (!m) return undefined;
  const parts: number[] = [];
  for (const p of [m[1], m[2], m[3]]) {
    if (p === undefined || /^[xX*]$/.test(p)) break;
    parts.push(Number(p));
  }
  return { parts };
}

const keyOf = (parts: readonly number[]) => versionKey(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0);

/** The first key after everything a partial version matches: `1.15` → 1.16.0, `1` → 2.0.0, `1.15.2` → 1.15.3. */
function endOf(parts: readonly number[]): number {
  if (parts.length === 0) return Number.POSITIVE_INFINITY;
  const bumped = [...parts];
  bumped[bumped.length - 1]! += 1;
  return keyOf(bumped);
}

function caretEnd(parts: readonly number[]): number {
  const [major = 0, minor, patch] = parts;
  if (major > 0 || minor === undefined) return endOf([major]);
  if (minor > 0 || patch === undefined) return endOf([major, minor]);
  return endOf([major, minor, patch]);
}

/** One comparator (`>=1.15`, `~1.16.2`, `1.14.x`) as a span, or why it is not one. */
function comparatorSpan(token: string): VersionSpan | string {
  const m = /^(<=|>=|<|>|=|~>|~|\^)?\s*(.+)$/.exec(token);
  const op = m?.[1] ?? '';
  const p = m ? partialOf(m[2]!) : undefined;
  if (!p) return `"${token}" is not a version`;
  const low = keyOf(p.parts);
  const end = endOf(p.parts);
  switch (op) {
    case '':
    case '=':
      return { low, high: end };
    case '>=':
      return { low, high: Number.POSITIVE_INFINITY };
    case '>':
      return { low: end, high: Number.POSITIVE_INFINITY };
    case '<':
      return { low: 0, high: low };
    case '<=':
      return { low: 0, high: end };
    case '~':
    case '~>':
      return { low, high: p.parts.length <= 1 ? end : endOf(p.parts.slice(0, 2)) };
    default:
      return { low, high: caretEnd(p.parts) };
  }
}

function intersect(a: VersionSpan, b: VersionSpan): VersionSpan {
  return { low: Math.max(a.low, b.low), high: Math.min(a.high, b.high) };
}

/** `A - B` (B partial: up to the end of what B matches), or space-separated comparators, all of which hold. */
function alternativeSpan(text: string): VersionSpan | string {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const from = partialOf(hyphen[1]!);
    const to = partialOf(hyphen[2]!);
    if (!from || !to) return `"${text}" is not a version range`;
    return { low: keyOf(from.parts), high: endOf(to.parts) };
  }
  // `>= 1.15` is one comparator: join an operator with the version after it.
  const tokens = text.replace(/(<=|>=|<|>|=|~>|~|\^)\s+/g, '$1').split(/\s+/);
  let span: VersionSpan = { low: 0, high: Number.POSITIVE_INFINITY };
  for (const token of tokens) {
    const s = comparatorSpan(token);
    if (typeof s === 'string') return s;
    span = intersect(span, s);
  }
  return span;
}

const RANGE_SYNTAX = /[<>=~^*]|\s/;

/** One element of a spec (no `||`): a version as `parseDaprVersion` reads it, "latest", or a range. */
function parseOne(input: string): RuntimeVersion | string {
  const text = input.trim();
  if (text === '') return '"" is not a Dapr runtime version';
  if (text.toLowerCase() === 'latest') return { ...(latest.ok ? latest.version : { kind: 'master' }), text } as DaprVersion;
  if (!RANGE_SYNTAX.test(text) && !/^v?\d+$/.test(text)) {
    const single = parseDaprVersion(text);
    return single.ok ? single.version : single.error;
  }
  const span = alternativeSpan(text);
  if (typeof span === 'string') return span;
  const known = intersect(span, { low: FIRST_KEY, high: KNOWN_END });
  if (known.low >= known.high) return `the range "${text}" holds no Dapr release the catalog knows`;
  return { kind: 'range', span: known, text };
}

/**
 * Parses a version spec: a string or a list of strings. `"auto"` (or nothing) reads the project; a
 * list may not mix "auto" with versions. Errors are one sentence naming the value and what to write.
 */
export function parseVersionSpec(input: unknown): SpecParseResult {
  const items = Array.isArray(input) ? (input as unknown[]) : [input];
  if (items.length === 0) return { ok: false, error: `an empty list is not a Dapr version spec; ${SPEC_FORMS}` };
  const versions: RuntimeVersion[] = [];
  for (const item of items) {
    if (typeof item !== 'string') return { ok: false, error: `${describeValue(item)} is not a Dapr version spec; ${SPEC_FORMS}` };
    if (item.trim().toLowerCase() === 'auto') {
      if (items.length > 1) return { ok: false, error: `"auto" cannot be part of a list; ${SPEC_FORMS}` };
      return { ok: true, spec: { kind: 'auto' } };
    }
    // `A || B` is two runtimes, as a list is.
    for (const alternative of item.split('||')) {
      const parsed = parseOne(alternative);
      if (typeof parsed === 'string') return { ok: false, error: `${trimStop(parsed)}; ${SPEC_FORMS}` };
      versions.push(parsed);
    }
  }
  return { ok: true, spec: { kind: 'versions', versions, text: (items as string[]).map((i) => i.trim()).join(' || ') } };
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a nested list';
  return typeof value === 'object' ? 'an object' : String(value);
}

// parseDaprVersion's errors carry their own "(supported: …)" tail: SPEC_FORMS says it for every error.
const trimStop = (error: string) => error.replace(/\s*\((?:expected|supported)[^)]*\)\s*$/, '').replace(/\.$/, '');
