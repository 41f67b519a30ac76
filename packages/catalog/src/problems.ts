// What is wrong with a known code at a use, and how to say it. Shared so that `no-deprecated-code`
// and the editor diagnostics say the same thing.
import type { CodeUse, Fold } from './code-use.js';
import { CODE_ENTRIES, META, REASON_ENTRIES } from './generated/data.js';
import { followReplacements, getCode, getCurrentReasonReplacement, getReason, isCurrentCode } from './lookup.js';
import { runtimeSends, targetGaps, targetSendsAny, type RuntimeGap } from './targets/coverage.js';
import type { DaprTarget } from './targets/target.js';
import type { CodeEntry, PresenceInterval, ReasonEntry } from './types.js';

export type ProblemKind = 'removed' | 'former-name' | 'defined-unused' | 'unreleased' | 'docs-only' | 'not-in-version';

export interface CodeProblem {
  readonly kind: ProblemKind;
  readonly value: string;
  readonly message: string;
  /** What to write instead, when there is something. */
  readonly replacement?: string;
  /** The replacement is the same error under its new name: safe to apply as an autofix. */
  readonly exact: boolean;
}

type Known = Extract<CodeUse, { kind: 'code' | 'former-code' | 'reason' }>;

/** The current code that replaced a removed one, and whether it is the same error renamed. */
function replacementOf(entry: CodeEntry): { code: string; exact: boolean } | undefined {
  const r = followReplacements(entry);
  return r && isCurrentCode(r.entry) ? { code: r.entry.code, exact: r.exact } : undefined;
}

/** The older name the runtimes that miss a current code send (`ERR_TOPIC_NAME_EMPTY` before 1.14 → `ERR_TOPIC_EMPTY`). */
function olderNameIn(entry: CodeEntry, gaps: readonly RuntimeGap[]): string | undefined {
  const sendsAll = (presence: CodeEntry['presence']) => gaps.every((g) => runtimeSends(presence, g.runtime.version));
  if (entry.formerName && sendsAll([entry.formerName.presence])) return entry.formerName.code;
  return CODE_ENTRIES.find((e) => e.replacedBy === entry.code && sendsAll(e.presence))?.code;
}

const q = (s: string) => `'${s}'`;

/** `'X' is not sent before Dapr v1.14.0; docker-compose.yml:16 runs daprd 1.13.6.` Grouped by phrase. */
function gapMessage(value: string, gaps: readonly RuntimeGap[], older: string | undefined): string {
  const groups = new Map<string, string[]>();
  for (const g of gaps) {
    const says = groups.get(g.phrase) ?? [];
    if (!says.includes(g.runtime.origin.says)) says.push(g.runtime.origin.says);
    groups.set(g.phrase, says);
  }
  const parts = [...groups].map(([phrase, says]) => ({ phrase, says: says.join(', ') }));
  const head =
    parts.length === 1
      ? `${q(value)} is not sent ${parts[0]!.phrase}; ${parts[0]!.says}.`
      : `${q(value)} is not sent ${parts.map((p) => `${p.phrase} (${p.says})`).join(' nor ')}.`;
  if (!older) return head;
  const runtimes = new Set(gaps.map((g) => g.runtime));
  return `${head} ${runtimes.size === 1 ? 'That runtime sends' : 'Those runtimes send'} ${q(older)}.`;
}

/**
 * The other names of the same error, each with when it was sent: a code's former name, the codes it
 * replaced, the code that replaced it (and the same for reasons).
 */
function renamesOf(use: Known): readonly { readonly name: string; readonly presence: readonly PresenceInterval[] }[] {
  if (use.kind === 'former-code') return [{ name: use.entry.code, presence: use.entry.presence }];
  if (use.kind === 'reason') {
    const next = use.entry.replacedBy === null ? undefined : getReason(use.entry.replacedBy);
    return [...REASON_ENTRIES.filter((e) => e.replacedBy === use.entry.reason), ...(next ? [next] : [])].map((e) => ({ name: e.reason, presence: e.presence }));
  }
  const { entry } = use;
  const next = entry.replacedBy === null ? undefined : getCode(entry.replacedBy);
  return [
    ...(entry.formerName ? [{ name: entry.formerName.code, presence: [entry.formerName.presence] }] : []),
    ...[...CODE_ENTRIES.filter((e) => e.replacedBy === entry.code), ...(next ? [next] : [])].map((e) => ({ name: e.code, presence: e.presence })),
  ];
}

/**
 * A name some runtimes of the target send, handled together with the other name of the same error that
 * the rest send (`case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_NAME_EMPTY':` over 1.13–1.14): between them
 * every runtime is covered, which is what a rolling upgrade needs, so neither name is a problem.
 */
function coveredAlongside(use: Known, presence: readonly PresenceInterval[], target: DaprTarget, alongside: ReadonlySet<string>): boolean {
  if (alongside.size === 0 || !targetSendsAny(presence, target)) return false;
  const handled = renamesOf(use).filter((r) => alongside.has(r.name));
  return handled.length > 0 && targetGaps([...presence, ...handled.flatMap((r) => r.presence)], target).length === 0;
}

function versionGap(value: string, presence: CodeEntry['presence'], target: DaprTarget, older?: (gaps: readonly RuntimeGap[]) => string | undefined): CodeProblem | undefined {
  const gaps = targetGaps(presence, target);
  if (gaps.length === 0) return undefined;
  const olderName = older?.(gaps);
  return { kind: 'not-in-version', value, exact: false, ...(olderName ? { replacement: olderName } : {}), message: gapMessage(value, gaps, olderName) };
}

const allMaster = (target: DaprTarget) => target.runtimes.every((r) => r.version.kind === 'master');

function codeProblem(entry: CodeEntry, value: string, target: DaprTarget | undefined): CodeProblem | undefined {
  switch (entry.status) {
    case 'docs-only':
      return { kind: 'docs-only', value, exact: false, message: `${q(value)} is listed in the Dapr docs, but no runtime up to ${META.latestRelease} or master sends it.` };
    case 'defined-unused':
      return { kind: 'defined-unused', value, exact: false, message: `${q(value)} is declared by the Dapr runtime but never sent: code that waits for it never runs.` };
    case 'unreleased':
      if (target && allMaster(target)) return undefined;
      return { kind: 'unreleased', value, exact: false, message: `${q(value)} is only in unreleased Dapr master (${META.masterLine} development); no released runtime sends it.` };
    case 'removed': {
      // Some runtime still sends it: say which do not; none does: it is simply removed.
      if (target && targetSendsAny(entry.presence, target)) return versionGap(value, entry.presence, target);
      const r = replacementOf(entry);
      const tail = r ? `use ${q(r.code)}.` : 'nothing replaces it.';
      return {
        kind: 'removed',
        value,
        exact: r?.exact ?? false,
        ...(r ? { replacement: r.code } : {}),
        message: `${q(value)} was removed from Dapr in ${entry.removedInVersion} (last sent by ${entry.lastPresentIn}); ${tail}`,
      };
    }
    default:
      return target ? versionGap(value, entry.presence, target, (gaps) => olderNameIn(entry, gaps)) : undefined;
  }
}

function reasonProblem(entry: ReasonEntry, value: string, target: DaprTarget | undefined): CodeProblem | undefined {
  if (entry.status === 'removed') {
    if (target && targetSendsAny(entry.presence, target)) return versionGap(value, entry.presence, target);
    const r = getCurrentReasonReplacement(entry);
    return {
      kind: 'removed',
      value,
      exact: r !== undefined,
      ...(r ? { replacement: r.reason } : {}),
      message: `ErrorInfo reason ${q(value)} was removed from Dapr in ${entry.removedInVersion} (last sent by ${entry.lastPresentIn}); ${r ? `use ${q(r.reason)}.` : 'nothing replaces it.'}`,
    };
  }
  if (!target) return undefined;
  const olderReason = (gaps: readonly RuntimeGap[]) =>
    REASON_ENTRIES.find((e) => e.replacedBy === entry.reason && gaps.every((g) => runtimeSends(e.presence, g.runtime.version)))?.reason;
  return versionGap(value, entry.presence, target, olderReason);
}

/**
 * What `no-deprecated-code` reports for a known code use: removed, an older name, never sent,
 * unreleased, docs-only, or absent from the targeted runtime version. Undefined when it is fine.
 * `alongside` gives the other names handled at the same place (the cases of its switch, its if/else chain
 * or list; asked only when needed): a name absent from some targeted runtimes is fine when a rename of it
 * handled there covers them.
 */
export function getCodeProblem(use: Known, target?: DaprTarget, alongside?: () => ReadonlySet<string>): CodeProblem | undefined {
  const problem = problemOf(use, target);
  if (problem?.kind === 'not-in-version' && target && alongside && coveredAlongside(use, presenceOf(use), target, alongside())) return undefined;
  return problem;
}

function presenceOf(use: Known): readonly PresenceInterval[] {
  return use.kind === 'former-code' ? [use.entry.formerName!.presence] : use.entry.presence;
}

function problemOf(use: Known, target: DaprTarget | undefined): CodeProblem | undefined {
  if (use.kind === 'reason') return reasonProblem(use.entry, use.value, target);
  if (use.kind === 'former-code') {
    const former = use.entry.formerName!;
    if (target && targetSendsAny([former.presence], target)) return versionGap(use.value, [former.presence], target);
    return {
      kind: 'former-name',
      value: use.value,
      exact: true,
      replacement: use.entry.code,
      message: `${q(use.value)} was sent only by Dapr ${former.presence.since}–${former.presence.lastPresent}; since ${former.presence.removedIn} the runtime sends ${q(use.entry.code)}.`,
    };
  }
  return codeProblem(use.entry, use.value, target);
}

/** A known name in a case its comparison can never match, and the string that does. */
function neverMatchesMessage(value: string, written: string, fold: Fold | undefined): string {
  if (!fold) return `${q(value)} can never match: Dapr sends ${q(written)}, in upper case, and this comparison does not fold case.`;
  return `${q(value)} can never match: the text is ${fold}-cased before this comparison; write ${q(written)}.`;
}

/** The `no-unknown-code` message for an unknown use. */
export function unknownCodeMessage(use: Extract<CodeUse, { kind: 'unknown' }>): string {
  if (use.caseOf) return neverMatchesMessage(use.value, use.suggestions[0]!, use.fold);
  const what = use.namespace === 'code' ? 'a Dapr error code' : 'a Dapr ErrorInfo reason';
  const head = `${q(use.value)} is not ${what}`;
  if (use.otherNamespace) {
    const other = 'reason' in use.otherNamespace ? 'an ErrorInfo reason, not an errorCode' : 'an errorCode, not an ErrorInfo reason';
    return `${q(use.value)} is ${other}${use.suggestions.length ? `; here use ${use.suggestions.map(q).join(' or ')}` : ''}.`;
  }
  if (use.part) {
    const where = use.part === 'prefix' ? 'starts with' : use.part === 'suffix' ? 'ends with' : 'contains';
    const none = `No ${use.namespace === 'code' ? 'Dapr error code' : 'Dapr ErrorInfo reason'} ${where} ${q(use.value)}`;
    return use.suggestions.length === 0 ? `${none}.` : `${none}. Did you mean ${use.suggestions.map(q).join(', ').replace(/, ([^,]*)$/, ' or $1')}?`;
  }
  if (use.suggestions.length === 0) return `${head}.`;
  return `${head}. Did you mean ${use.suggestions.map(q).join(', ').replace(/, ([^,]*)$/, ' or $1')}?`;
}
