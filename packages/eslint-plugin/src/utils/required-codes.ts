// Which codes a switch over Dapr codes must handle. Pure: the rule feeds it what the cases handle.
import {
  allCodes,
  allReasons,
  categoriesOf,
  classifyString,
  CURRENT_REASONS,
  getReason,
  targetSendsAny,
  type CodeCategory,
  type CodeEntry,
  type DaprTarget,
  type Namespace,
  type ReasonEntry,
} from '@dapr-codes/catalog';

export type Scope = 'category' | 'all';

export interface Coverage {
  /** Categories the handled codes belong to (all of a code's categories). */
  readonly categories: readonly CodeCategory[];
  readonly missing: readonly string[];
}

/** A code or reason some targeted runtime sends, in any version of a range (the latest release when none). */
function isSent(entry: Pick<CodeEntry | ReasonEntry, 'status' | 'presence'>, target: DaprTarget | undefined): boolean {
  if (entry.status === 'defined-unused' || entry.status === 'docs-only') return false;
  if (target) return targetSendsAny(entry.presence, target);
  return entry.status === 'active';
}

/**
 * Categories of the strings a switch handles, read as uses in a strong position of that namespace.
 * `common` codes (ERR_BAD_REQUEST, ERR_INTERNAL, ...) come from every API, so handling one next to state
 * codes does not make the switch about all common codes: `common` counts only when nothing else does.
 */
export function handledCategories(values: readonly string[], namespace: Namespace): readonly CodeCategory[] {
  const out = new Set<CodeCategory>();
  for (const value of values) {
    const use = classifyString(value, { strength: 'strong', namespace });
    if (use?.kind === 'code' || use?.kind === 'former-code') categoriesOf(use.entry).forEach((c) => out.add(c));
    if (use?.kind === 'reason') out.add(use.entry.category);
  }
  if (out.size > 1) out.delete('common');
  return [...out];
}

/** The names the targeted runtimes send for a code entry: its own, and the former name older ones used. */
function namesIn(entry: CodeEntry, target: DaprTarget | undefined): string[] {
  const names = isSent(entry, target) ? [entry.code] : [];
  if (target && entry.formerName && targetSendsAny([entry.formerName.presence], target)) names.push(entry.formerName.code);
  return names;
}

/**
 * What the handled strings leave out: by default every sent code of each category they touch; with
 * `scope: 'all'` every sent code of the namespace; with `unionMembers` (type information) the members
 * of the discriminant's union.
 */
export function coverage(
  handled: readonly string[],
  namespace: Namespace,
  options: { scope: Scope; target: DaprTarget | undefined; unionMembers?: readonly string[] | undefined },
): Coverage {
  const categories = handledCategories(handled, namespace);
  const done = new Set(handled);
  let required: readonly string[];
  if (options.unionMembers) required = options.unionMembers;
  else if (categories.length === 0) required = [];
  else if (namespace === 'code') {
    // Removed codes are in the pool too: a targeted older runtime still sends them.
    const pool = allCodes.filter((e) => options.scope === 'all' || categoriesOf(e).some((c) => categories.includes(c)));
    required = [...new Set(pool.flatMap((e) => namesIn(e, options.target)))];
  } else {
    const pool = options.scope === 'all' ? CURRENT_REASONS.map((r) => getReason(r)!) : allReasons.filter((r) => categories.includes(r.category));
    // A reason equal to its code (apierrors.Basic, `ERR_STATE_GET`) is what the older gRPC path sends: a
    // switch over the `DAPR_*` reasons is not about those unless it handles one of them itself.
    const withCodeNamed = handled.some((h) => getReason(h)?.equalsCode === true);
    required = pool.filter((r) => r.kind === 'errorinfo-reason' && (withCodeNamed || !r.equalsCode) && isSent(r, options.target)).map((r) => r.reason);
  }
  return { categories, missing: required.filter((c) => !done.has(c)) };
}

/** "A, B, C and 12 more" */
export function shortList(values: readonly string[], max = 6): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}
