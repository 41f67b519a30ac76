import { CODE_ENTRIES, REASON_ENTRIES } from './generated/data.js';
import { followReplacements } from './lookup.js';
import type { CodeEntry } from './types.js';
import { targetSendsAny } from './targets/coverage.js';
import type { DaprTarget } from './targets/target.js';

/** Which strings to suggest from: HTTP `errorCode` values or gRPC ErrorInfo reasons. */
export type Namespace = 'code' | 'reason';

export interface SuggestOptions {
  readonly namespace?: Namespace;
  /** At most this many, best first (default 3). */
  readonly limit?: number;
  /** Suggest what these runtimes send (their own names, removed ones included) instead of current names. */
  readonly target?: DaprTarget;
}

// Three reusable rows: the distance loop runs for every candidate of every unknown string.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** OSA distance of two already upper-cased strings, `max + 1` once it must exceed `max`. */
function osaFolded(s: string, t: string, max: number): number {
  if (s === t) return 0;
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (rows[0].length <= t.length) rows = [new Int32Array(t.length + 1), new Int32Array(t.length + 1), new Int32Array(t.length + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    row[0] = i;
    let rowMin = i;
    const si = s.charCodeAt(i - 1);
    for (let j = 1; j <= t.length; j++) {
      const tj = t.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (si === tj ? 0 : 1));
      if (i > 1 && j > 1 && si === t.charCodeAt(j - 2) && s.charCodeAt(i - 2) === tj) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[t.length]!;
}

/**
 * Case-insensitive optimal string alignment distance (Levenshtein plus adjacent transpositions),
 * as graphql-js's `suggestionList` uses; gives up once it must exceed `max` and then returns `max + 1`.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return osaFolded(a.toUpperCase(), b.toUpperCase(), max === Number.POSITIVE_INFINITY ? a.length + b.length : max);
}

const PREFIXES = ['ERR_', 'DAPR_'] as const;

/** Words of a code, singular, sorted: equal bags mean swapped words or a plural (`ERR_STORE_STATE_NOT_FOUND`). */
function wordBag(value: string): string {
  return value
    .toUpperCase()
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('S') ? w.slice(0, -1) : w))
    .sort()
    .join('_');
}

interface Candidate {
  /** What the input is compared with (a current name or a removed one). */
  readonly compare: string;
  readonly bag: string;
  /** What is suggested (the current name; for a removed name, its replacement). */
  readonly suggest: string;
}

/** The name to suggest for an entry: itself when the runtime sends it, else what replaced it. */
function suggestedName(entry: CodeEntry): string | undefined {
  // Only what the runtime sends: never-sent and unreleased codes would be flagged by no-deprecated-code.
  const target = entry.status === 'removed' ? followReplacements(entry)?.entry : entry;
  return target?.status === 'active' ? target.code : undefined;
}

function buildCandidates(namespace: Namespace): readonly Candidate[] {
  const pairs: [string, string][] = [];
  if (namespace === 'code') {
    for (const e of CODE_ENTRIES) {
      const target = suggestedName(e);
      if (target) pairs.push([e.code, target]);
      if (e.formerName && target) pairs.push([e.formerName.code, target]);
    }
  } else {
    for (const e of REASON_ENTRIES) {
      if (e.kind !== 'errorinfo-reason') continue;
      const target = e.status === 'active' ? e.reason : e.replacedBy;
      if (target) pairs.push([e.reason, target]);
    }
  }
  return pairs.map(([compare, suggest]) => ({ compare, suggest, bag: wordBag(compare) }));
}

/** The names some runtime of the target sends, each suggested as itself. */
function buildVersionCandidates(namespace: Namespace, target: DaprTarget): readonly Candidate[] {
  const names =
    namespace === 'code'
      ? CODE_ENTRIES.flatMap((e) => [
          ...(targetSendsAny(e.presence, target) && e.status !== 'defined-unused' ? [e.code] : []),
          ...(e.formerName && targetSendsAny([e.formerName.presence], target) ? [e.formerName.code] : []),
        ])
      : REASON_ENTRIES.filter((e) => e.kind === 'errorinfo-reason' && targetSendsAny(e.presence, target)).map((e) => e.reason);
  return names.map((name) => ({ compare: name, suggest: name, bag: wordBag(name) }));
}

const candidates: Record<Namespace, readonly Candidate[]> = {
  code: buildCandidates('code'),
  reason: buildCandidates('reason'),
};
const versionCandidates = new Map<string, readonly Candidate[]>();

function candidatesFor(namespace: Namespace, target: DaprTarget | undefined): readonly Candidate[] {
  if (!target) return candidates[namespace];
  const key = `${namespace}\0${target.key}`;
  let list = versionCandidates.get(key);
  if (versionCandidates.size >= 64) versionCandidates.clear();
  if (!list) versionCandidates.set(key, (list = buildVersionCandidates(namespace, target)));
  return list;
}

/**
 * How many edits a suggestion may be away: like graphql-js's `suggestionList` (length-relative) but
 * tighter, because all Dapr codes share `ERR_`/`DAPR_` and so start out similar.
 */
export function suggestionThreshold(input: string): number {
  return Math.max(1, Math.floor(input.length * 0.2));
}

interface Input {
  readonly folded: string;
  readonly bag: string;
  readonly hasPrefix: boolean;
}

function score(input: Input, c: Candidate, max: number): number {
  if (input.bag === c.bag) return input.folded === c.compare ? 0 : 1;
  let best = osaFolded(input.folded, c.compare, max);
  if (!input.hasPrefix && best > 1) {
    // A missing `ERR_`/`DAPR_`: compare the input with the rest of the name, one edit for the prefix.
    for (const p of PREFIXES) {
      if (c.compare.startsWith(p)) best = Math.min(best, osaFolded(input.folded, c.compare.slice(p.length), max - 1) + 1);
    }
  }
  return best;
}

function compute(input: string, pool: readonly Candidate[]): readonly string[] {
  const max = suggestionThreshold(input);
  const folded = input.toUpperCase();
  const prepared: Input = { folded, bag: wordBag(input), hasPrefix: PREFIXES.some((p) => folded.startsWith(p)) };
  const best = new Map<string, number>();
  for (const c of pool) {
    const d = score(prepared, c, max);
    if (d > max) continue;
    const prev = best.get(c.suggest);
    if (prev === undefined || d < prev) best.set(c.suggest, d);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([value]) => value);
}

/** At most this many names may start with a cut-short string for it to suggest them: a longer list is a family, not a typo. */
const MAX_COMPLETIONS = 3;

/**
 * The names a cut-short string is the beginning of (`ERR_INVOKE_OUTPUT` → `ERR_INVOKE_OUTPUT_BINDING`):
 * an exact comparison with it never matches, and edit distance does not find them. At least two
 * words, and at most three names, or it is a family prefix.
 */
export function suggestCompletions(input: string, options: Omit<SuggestOptions, 'limit'> = {}): readonly string[] {
  const folded = typeof input === 'string' ? input.toUpperCase() : '';
  if (folded.split('_').filter(Boolean).length < 2) return [];
  const names = new Set<string>();
  for (const c of candidatesFor(options.namespace ?? 'code', options.target)) {
    if (c.compare.length > folded.length && c.compare.startsWith(folded)) names.add(c.suggest);
    if (names.size > MAX_COMPLETIONS) return [];
  }
  return [...names].sort();
}

const MEMO_LIMIT = 5_000;
const memo = new Map<string, readonly string[]>();

/**
 * "Did you mean": the known current codes (or reasons) closest to an unknown string, best first.
 * Robust to case, a dropped or added underscore, swapped words, plurals, a missing `ERR_`/`DAPR_` prefix,
 * and removed names (suggests what replaced them). Empty when nothing is close. Memoised.
 */
export function suggestCodes(input: string, options: SuggestOptions = {}): readonly string[] {
  const namespace = options.namespace ?? 'code';
  const limit = options.limit ?? 3;
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return [];
  const key = `${namespace}\0${options.target?.key ?? ''}\0${input}`;
  let result = memo.get(key);
  if (result === undefined) {
    result = compute(input, candidatesFor(namespace, options.target));
    // Nothing close among those runtimes' names: fall back to the current ones.
    if (result.length === 0 && options.target) result = compute(input, candidates[namespace]);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, result);
  }
  return result.slice(0, limit);
}
