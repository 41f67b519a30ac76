import type { AnyDaprErrorCode, AnyDaprErrorReason, CodeCategory, DaprErrorCode, DaprErrorReason } from './codes.js';
import { CODE_ENTRIES, FOREIGN_FAMILIES, REASON_ENTRIES } from './generated/data.js';
import type { CodeEntry, CurrentCodeEntry, ForeignFamily, ReasonEntry } from './types.js';

const codeIndex = new Map<string, CodeEntry>(CODE_ENTRIES.map((e) => [e.code, e]));
const reasonIndex = new Map<string, ReasonEntry>(REASON_ENTRIES.map((e) => [e.reason, e]));
const formerNameIndex = new Map<string, CodeEntry>(
  CODE_ENTRIES.flatMap((e) => (e.formerName ? [[e.formerName.code, e] as const] : [])),
);
const foreignCodeIndex = new Map<string, ForeignFamily>(
  FOREIGN_FAMILIES.flatMap((f) => f.codes.map((c) => [c, f] as const)),
);
const foreignPrefixes = FOREIGN_FAMILIES.flatMap((f) => f.prefixes.map((p) => [p, f] as const));

const isCurrentStatus = (e: CodeEntry): e is CurrentCodeEntry =>
  e.status === 'active' || e.status === 'defined-unused' || e.status === 'unreleased';

/** The catalog entry of an `errorCode` value, whatever its status. Exact, case-sensitive, O(1). */
export function getCode(value: DaprErrorCode): CurrentCodeEntry;
export function getCode(value: string): CodeEntry | undefined;
export function getCode(value: string): CodeEntry | undefined {
  return codeIndex.get(value);
}

/** True for codes the current runtime defines (not removed, not docs-only). */
export function isDaprErrorCode(value: unknown): value is DaprErrorCode {
  if (typeof value !== 'string') return false;
  const entry = codeIndex.get(value);
  return entry !== undefined && isCurrentStatus(entry);
}

/** True for any code in the catalog, removed and docs-only ones included. */
export function isKnownDaprErrorCode(value: unknown): value is AnyDaprErrorCode {
  return typeof value === 'string' && codeIndex.has(value);
}

/** The catalog entry of an ErrorInfo reason or workflow failure type. Exact, O(1). */
export function getReason(value: string): ReasonEntry | undefined {
  return reasonIndex.get(value);
}

/** True for ErrorInfo reasons the current runtime sends. */
export function isDaprErrorReason(value: unknown): value is DaprErrorReason {
  if (typeof value !== 'string') return false;
  const entry = reasonIndex.get(value);
  return entry !== undefined && entry.status === 'active' && entry.kind === 'errorinfo-reason';
}

export function isKnownDaprErrorReason(value: unknown): value is AnyDaprErrorReason {
  const entry = typeof value === 'string' ? reasonIndex.get(value) : undefined;
  return entry !== undefined && entry.kind === 'errorinfo-reason';
}

/** The code whose older name this was (`SCHEDULER_JOB_NAME` → `DAPR_SCHEDULER_JOB_NAME`, sent by v1.14). */
export function getCodeByFormerName(value: string): CodeEntry | undefined {
  return formerNameIndex.get(value);
}

/** The current code an ErrorInfo reason is sent with (the first, when several). */
export function getCodeForReason(reason: string): CodeEntry | undefined {
  const code = reasonIndex.get(reason)?.codes[0];
  return code === undefined ? undefined : (codeIndex.get(code) ?? formerNameIndex.get(code));
}

/**
 * Follows `replacedBy` from a removed code to the first code that is not removed. `exact` when every
 * step was a rename: the successor appears in the very release that dropped the old name
 * (`ERR_TOPIC_EMPTY` → `ERR_TOPIC_NAME_EMPTY`, both at v1.14.0). Undefined for a code that is not
 * removed, or whose chain ends without a successor.
 */
export function followReplacements(entry: CodeEntry): { readonly entry: CodeEntry; readonly exact: boolean } | undefined {
  let exact = true;
  let cur: CodeEntry = entry;
  const seen = new Set<string>();
  while (cur.status === 'removed') {
    if (seen.has(cur.code) || cur.replacedBy === null) return undefined;
    seen.add(cur.code);
    const next = codeIndex.get(cur.replacedBy);
    if (!next) return undefined;
    const removedIn = cur.removedInVersion;
    exact &&= next.presence.some((p) => p.since === removedIn);
    cur = next;
  }
  return cur === entry ? undefined : { entry: cur, exact };
}

/**
 * The current code to use instead of a removed one, following `replacedBy` through further removals.
 * Undefined when the chain ends in a code with no successor (the feature went away).
 */
export function getCurrentReplacement(entry: CodeEntry): CurrentCodeEntry | undefined {
  const target = followReplacements(entry)?.entry;
  return target && isCurrentStatus(target) ? target : undefined;
}

/** The current reason to use instead of a removed one. */
export function getCurrentReasonReplacement(entry: ReasonEntry): ReasonEntry | undefined {
  const replacement = entry.replacedBy === null ? undefined : reasonIndex.get(entry.replacedBy);
  return replacement?.status === 'active' ? replacement : undefined;
}

/** Current codes of a category (codes listed under several categories appear in each). */
export function getCodesOfCategory(category: CodeCategory): readonly CurrentCodeEntry[] {
  return CODE_ENTRIES.filter(
    (e): e is CurrentCodeEntry =>
      isCurrentStatus(e) && (e.category === category || e.alsoCategories.includes(category)),
  );
}

export function categoriesOf(entry: CodeEntry): readonly CodeCategory[] {
  return [entry.category, ...entry.alsoCategories];
}

export function isCurrentCode(entry: CodeEntry): entry is CurrentCodeEntry {
  return isCurrentStatus(entry);
}

export const allCodes: readonly CodeEntry[] = CODE_ENTRIES;
export const allReasons: readonly ReasonEntry[] = REASON_ENTRIES;

/** The family of another tool's code with the same shape (`ERR_INVALID_ARG_TYPE` is Node's, `ERR_NETWORK` axios'). */
export function getForeignFamily(value: string): ForeignFamily | undefined {
  const exact = foreignCodeIndex.get(value);
  if (exact) return exact;
  for (const [prefix, family] of foreignPrefixes) if (value.startsWith(prefix)) return family;
  return undefined;
}
