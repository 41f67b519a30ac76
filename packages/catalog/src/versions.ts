import { CODE_ENTRIES, META, REASON_ENTRIES } from './generated/data.js';
import type { CodeEntry, PresenceInterval, ReasonEntry } from './types.js';

/** A runtime version a user targets: a release line (`1.14`), an exact release (`v1.13.2`) or master. */
export type DaprVersion =
  | { readonly kind: 'release'; readonly major: number; readonly minor: number; readonly patch: number | null; readonly text: string }
  | { readonly kind: 'master'; readonly text: string };

export type VersionParseResult = { readonly ok: true; readonly version: DaprVersion } | { readonly ok: false; readonly error: string };

const VERSION_RE = /^v?(\d+)\.(\d+)(?:\.(\d+|x))?(?:-[0-9A-Za-z.-]+)?$/;
const MASTER_NAMES = new Set(['master', 'main', 'edge']);

/** A release as one number that sorts as versions do (v1.16.19 before v1.17.0). */
export function versionKey(major: number, minor: number, patch: number): number {
  return major * 1_000_000 + minor * 1_000 + patch;
}

/** The key of a presence tag (`v1.14.0`); master sorts after every release. */
export function tagKey(tag: string): number {
  if (tag === 'master') return Number.POSITIVE_INFINITY;
  const m = VERSION_RE.exec(tag);
  if (!m) return Number.NaN;
  return versionKey(Number(m[1]), Number(m[2]), m[3] === undefined || m[3] === 'x' ? 0 : Number(m[3]));
}

const latest = VERSION_RE.exec(META.latestRelease)!;
const latestMajor = Number(latest[1]);
const latestMinor = Number(latest[2]);
const [masterMajor, masterMinor] = META.masterLine.split('.').map(Number) as [number, number];

const supported = `v0.1 to ${META.latestRelease}, or ${META.masterLine} / master`;

/**
 * Parses a runtime version as users write it: `1.14`, `v1.13.2`, `1.14.x`, `1.15.0-rc.1`, `master`.
 * The next line after the latest release (the master line) means master; anything newer is an error,
 * since the catalog cannot know what it sends.
 */
export function parseDaprVersion(input: string): VersionParseResult {
  const text = typeof input === 'string' ? input.trim() : '';
  if (MASTER_NAMES.has(text.toLowerCase())) return { ok: true, version: { kind: 'master', text } };
  const m = VERSION_RE.exec(text);
  if (!m) return { ok: false, error: `"${String(input)}" is not a Dapr runtime version (expected e.g. "1.14" or "v1.13.2"; supported: ${supported})` };
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = m[3] === undefined || m[3] === 'x' ? null : Number(m[3]);
  if (major === masterMajor && minor === masterMinor) return { ok: true, version: { kind: 'master', text } };
  const known = major < latestMajor || (major === latestMajor && minor <= latestMinor);
  if (!known || (major === 0 && minor === 0)) {
    return { ok: false, error: `Dapr runtime version "${text}" is not covered by this catalog (supported: ${supported})` };
  }
  return { ok: true, version: { kind: 'release', major, minor, patch, text } };
}

/** Parses or throws with the message of `parseDaprVersion`. */
export function toDaprVersion(version: string | DaprVersion): DaprVersion {
  if (typeof version !== 'string') return version;
  const parsed = parseDaprVersion(version);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.version;
}

function overlaps(interval: PresenceInterval, version: DaprVersion): boolean {
  const since = tagKey(interval.since);
  const removedIn = interval.removedIn === null ? Number.POSITIVE_INFINITY : tagKey(interval.removedIn);
  if (version.kind === 'master') return interval.removedIn === null;
  const base = version.major * 1_000_000 + version.minor * 1_000;
  if (version.patch !== null) {
    const v = base + version.patch;
    return since <= v && v < removedIn;
  }
  // A whole release line: present if any patch of the line holds it.
  return since < base + 1_000 && removedIn > base;
}

/** Why an entry is or is not in a runtime version. */
export type Availability =
  | { readonly present: true }
  | { readonly present: false; readonly why: 'not-yet'; readonly since: string }
  | { readonly present: false; readonly why: 'removed'; readonly removedIn: string; readonly lastPresentIn: string }
  | { readonly present: false; readonly why: 'never-released' };

export function availabilityIn(
  presence: readonly PresenceInterval[],
  version: string | DaprVersion,
): Availability {
  const v = toDaprVersion(version);
  if (presence.some((p) => overlaps(p, v))) return { present: true };
  const key = v.kind === 'master' ? Number.POSITIVE_INFINITY : v.major * 1_000_000 + v.minor * 1_000 + (v.patch ?? 0);
  const ended = presence.filter((p) => p.removedIn !== null && tagKey(p.removedIn) <= key);
  const last = ended[ended.length - 1];
  if (last && last.removedIn !== null) return { present: false, why: 'removed', removedIn: last.removedIn, lastPresentIn: last.lastPresent };
  const later = presence.find((p) => tagKey(p.since) > key && p.since !== 'master');
  if (later) return { present: false, why: 'not-yet', since: later.since };
  return { present: false, why: 'never-released' };
}

export function isPresentIn(entry: { readonly presence: readonly PresenceInterval[] }, version: string | DaprVersion): boolean {
  return availabilityIn(entry.presence, version).present;
}

/** The codes a runtime of that version can send. */
export function getCodesInVersion(version: string | DaprVersion): readonly CodeEntry[] {
  const v = toDaprVersion(version);
  return CODE_ENTRIES.filter((e) => isPresentIn(e, v));
}

/** The ErrorInfo reasons (and workflow failure types) a runtime of that version can send. */
export function getReasonsInVersion(version: string | DaprVersion): readonly ReasonEntry[] {
  const v = toDaprVersion(version);
  return REASON_ENTRIES.filter((e) => isPresentIn(e, v));
}

/** "v1.14.0" for a release, "master" for master: for messages. */
export function formatDaprVersion(version: DaprVersion): string {
  if (version.kind === 'master') return `master (${META.masterLine} development)`;
  return `v${version.major}.${version.minor}${version.patch === null ? '' : `.${version.patch}`}`;
}
