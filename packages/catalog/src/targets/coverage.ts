// Does a target's runtime send an entry: throughout (a code is fine only if every runtime sends it) or
// somewhere (a code must be handled if any runtime sends it), and where it does not, said as a phrase.
import type { PresenceInterval } from '../types.js';
import { availabilityIn, tagKey, versionKey, type DaprVersion } from '../versions.js';
import type { RuntimeVersion, VersionSpan } from './spec.js';
import type { DaprTarget, TargetRuntime } from './target.js';

/** Where one runtime does not send an entry. */
export interface RuntimeGap {
  readonly runtime: TargetRuntime;
  /** `before Dapr v1.14.0`, `since Dapr v1.14.0 (last sent by v1.13.6)`, `from Dapr v1.0.0 until v1.8.0`. */
  readonly phrase: string;
  /** The runtime (a range) sends it in part of its versions. */
  readonly partly: boolean;
}

interface Stretch {
  readonly low: number;
  readonly high: number;
  readonly interval: PresenceInterval;
}

function stretches(presence: readonly PresenceInterval[]): Stretch[] {
  return presence
    .map((interval) => ({ low: tagKey(interval.since), high: interval.removedIn === null ? Number.POSITIVE_INFINITY : tagKey(interval.removedIn), interval }))
    .sort((a, b) => a.low - b.low);
}

/** The phrase for a stretch [low, high) of versions that do not send the entry. */
function gapPhrase(all: readonly Stretch[], low: number, high: number): string {
  const before = all.filter((s) => s.interval.removedIn !== null && s.high <= low).pop();
  const after = all.find((s) => s.low >= high && s.interval.since !== 'master');
  if (before && after) return `from Dapr ${before.interval.removedIn} until ${after.interval.since}`;
  if (after) return `before Dapr ${after.interval.since}`;
  if (before) return `since Dapr ${before.interval.removedIn} (last sent by ${before.interval.lastPresent})`;
  return 'by any released Dapr runtime';
}

/** The span of versions a single version stands for (a line: all its patches; master: past every release). */
function spanOf(version: DaprVersion): VersionSpan {
  if (version.kind === 'master') return { low: Number.POSITIVE_INFINITY, high: Number.POSITIVE_INFINITY };
  const low = versionKey(version.major, version.minor, version.patch ?? 0);
  return { low, high: version.patch === null ? versionKey(version.major, version.minor + 1, 0) : low + 1 };
}

/** The stretches of a range that no presence interval covers. */
function uncovered(all: readonly Stretch[], span: VersionSpan): VersionSpan[] {
  const out: VersionSpan[] = [];
  let at = span.low;
  for (const s of all) {
    if (s.high <= at || s.low >= span.high) continue;
    if (s.low > at) out.push({ low: at, high: s.low });
    at = Math.max(at, s.high);
    if (at >= span.high) break;
  }
  if (at < span.high) out.push({ low: at, high: span.high });
  return out;
}

function gapsOf(presence: readonly PresenceInterval[], runtime: TargetRuntime): RuntimeGap[] {
  const all = stretches(presence);
  const { version } = runtime;
  if (version.kind !== 'range') {
    // A release line counts as sending a code when any of its patches does (as a single version always did).
    if (availabilityIn(presence, version).present) return [];
    const span = spanOf(version);
    return [{ runtime, phrase: gapPhrase(all, span.low, span.high), partly: false }];
  }
  const holes = uncovered(all, version.span);
  const partly = !(holes.length === 1 && holes[0]!.low === version.span.low && holes[0]!.high === version.span.high);
  return holes.map((h) => ({ runtime, phrase: gapPhrase(all, h.low, h.high), partly }));
}

/** Where the target's runtimes do not send an entry; empty when every one of them sends it throughout. */
export function targetGaps(presence: readonly PresenceInterval[], target: DaprTarget): readonly RuntimeGap[] {
  return target.runtimes.flatMap((runtime) => gapsOf(presence, runtime));
}

/** Whether one runtime (any version of a range) sends an entry. */
export function runtimeSends(presence: readonly PresenceInterval[], version: RuntimeVersion): boolean {
  if (version.kind !== 'range') return availabilityIn(presence, version).present;
  return uncovered(stretches(presence), version.span).reduce((n, h) => n + (h.high - h.low), 0) < version.span.high - version.span.low;
}

/** Whether some runtime of the target sends an entry at all. */
export function targetSendsAny(presence: readonly PresenceInterval[], target: DaprTarget): boolean {
  return target.runtimes.some((r) => runtimeSends(presence, r.version));
}

/** Whether every runtime of the target sends an entry in every version it stands for. */
export function targetSendsAll(presence: readonly PresenceInterval[], target: DaprTarget): boolean {
  return targetGaps(presence, target).length === 0;
}
