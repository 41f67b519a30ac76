// The Dapr releases as the site shows them: one column per minor line (from the catalog's
// `releaseLines`) plus master, and what an entry's presence means for each: sent by every patch of the
// line, by some (from or up to a patch), or by none. Computed with the catalog's own version logic.
import { isPresentIn, META, type PresenceInterval } from '@dapr-codes/catalog';

export interface ReleaseLine {
  /** `1.16`, or `master` */
  readonly line: string;
  /** `v1.16.0`; null for master */
  readonly first: string | null;
  /** The newest patch the catalog read (`v1.16.19`); null for master */
  readonly newest: string | null;
}

export type Cell =
  | { readonly kind: 'all' }
  | { readonly kind: 'some'; readonly note: string }
  | { readonly kind: 'none' };

const LINE = /^v(\d+)\.(\d+)\.\d+$/;

/** Every release line the catalog knows, oldest first, then master. */
export function releaseLines(): readonly ReleaseLine[] {
  const lines = META.releaseLines.map((newest): ReleaseLine => {
    const m = LINE.exec(newest);
    if (!m) throw new Error(`catalog releaseLines: "${newest}" is not a release tag`);
    return { line: `${m[1]}.${m[2]}`, first: `v${m[1]}.${m[2]}.0`, newest };
  });
  return [...lines, { line: 'master', first: null, newest: null }];
}

interface HasPresence {
  readonly presence: readonly PresenceInterval[];
}

/** What the runtimes of one line send of an entry. */
export function cellOf(entry: HasPresence, line: ReleaseLine): Cell {
  if (line.first === null || line.newest === null) return isPresentIn(entry, 'master') ? { kind: 'all' } : { kind: 'none' };
  if (!isPresentIn(entry, line.line)) return { kind: 'none' };
  const atFirst = isPresentIn(entry, line.first);
  const atNewest = isPresentIn(entry, line.newest);
  if (atFirst && atNewest) return { kind: 'all' };
  const prefix = `v${line.line}.`;
  const started = entry.presence.find((p) => p.since.startsWith(prefix) && p.since !== line.first);
  const ended = entry.presence.find((p) => p.removedIn !== null && p.lastPresent.startsWith(prefix));
  const note = [started && `from ${started.since}`, ended && `up to ${ended.lastPresent}`].filter(Boolean).join(', ');
  return { kind: 'some', note: note || `some patches of ${line.line}` };
}

/** The lines (including master) whose runtimes send the entry, in whole or in part. */
export function linesSending(entry: HasPresence): readonly string[] {
  return releaseLines()
    .filter((line) => cellOf(entry, line).kind !== 'none')
    .map((line) => line.line);
}
