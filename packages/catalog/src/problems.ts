// What is wrong with a known code at a use, and how to say it. Shared so that `no-deprecated-code`
// and the editor diagnostics say the same thing.
import type { CodeUse } from './code-use.js';
import { CODE_ENTRIES, META, REASON_ENTRIES } from './generated/data.js';
import { followReplacements, getCurrentReasonReplacement, isCurrentCode } from './lookup.js';
import { availabilityIn, formatDaprVersion, isPresentIn, type DaprVersion } from './versions.js';
import type { CodeEntry, ReasonEntry } from './types.js';

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

/** The older name a target runtime sends for a current code (`ERR_TOPIC_NAME_EMPTY` in 1.13 → `ERR_TOPIC_EMPTY`). */
function olderNameIn(entry: CodeEntry, version: DaprVersion): string | undefined {
  if (entry.formerName && availabilityIn([entry.formerName.presence], version).present) return entry.formerName.code;
  return CODE_ENTRIES.find((e) => e.replacedBy === entry.code && isPresentIn(e, version))?.code;
}

const q = (s: string) => `'${s}'`;

function versionGap(value: string, presence: CodeEntry['presence'], version: DaprVersion): string | undefined {
  const a = availabilityIn(presence, version);
  if (a.present) return undefined;
  const target = formatDaprVersion(version);
  if (a.why === 'not-yet') return `${q(value)} is not sent by Dapr ${target}: it was added in ${a.since}.`;
  if (a.why === 'removed') return `${q(value)} is not sent by Dapr ${target}: it was removed in ${a.removedIn} (last sent by ${a.lastPresentIn}).`;
  return `${q(value)} is not sent by Dapr ${target}: no released runtime sends it.`;
}

function codeProblem(entry: CodeEntry, value: string, version: DaprVersion | undefined): CodeProblem | undefined {
  switch (entry.status) {
    case 'docs-only':
      return { kind: 'docs-only', value, exact: false, message: `${q(value)} is listed in the Dapr docs, but no runtime up to ${META.latestRelease} or master sends it.` };
    case 'defined-unused':
      return { kind: 'defined-unused', value, exact: false, message: `${q(value)} is declared by the Dapr runtime but never sent: code that waits for it never runs.` };
    case 'unreleased':
      if (version?.kind === 'master') return undefined;
      return { kind: 'unreleased', value, exact: false, message: `${q(value)} is only in unreleased Dapr master (${META.masterLine} development); no released runtime sends it.` };
    case 'removed': {
      if (version && isPresentIn(entry, version)) return undefined;
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
    default: {
      if (!version) return undefined;
      const gap = versionGap(value, entry.presence, version);
      if (!gap) return undefined;
      const older = olderNameIn(entry, version);
      return { kind: 'not-in-version', value, exact: false, ...(older ? { replacement: older } : {}), message: older ? `${gap} That runtime sends ${q(older)}.` : gap };
    }
  }
}

function reasonProblem(entry: ReasonEntry, value: string, version: DaprVersion | undefined): CodeProblem | undefined {
  if (entry.status === 'removed') {
    if (version && isPresentIn(entry, version)) return undefined;
    const r = getCurrentReasonReplacement(entry);
    return {
      kind: 'removed',
      value,
      exact: r !== undefined,
      ...(r ? { replacement: r.reason } : {}),
      message: `ErrorInfo reason ${q(value)} was removed from Dapr in ${entry.removedInVersion} (last sent by ${entry.lastPresentIn}); ${r ? `use ${q(r.reason)}.` : 'nothing replaces it.'}`,
    };
  }
  if (!version) return undefined;
  const gap = versionGap(value, entry.presence, version);
  if (!gap) return undefined;
  const older = REASON_ENTRIES.find((e) => e.replacedBy === entry.reason && isPresentIn(e, version))?.reason;
  return { kind: 'not-in-version', value, exact: false, ...(older ? { replacement: older } : {}), message: older ? `${gap} That runtime sends ${q(older)}.` : gap };
}

/**
 * What `no-deprecated-code` reports for a known code use: removed, an older name, never sent,
 * unreleased, docs-only, or absent from the targeted runtime version. Undefined when it is fine.
 */
export function getCodeProblem(use: Known, version?: DaprVersion): CodeProblem | undefined {
  if (use.kind === 'reason') return reasonProblem(use.entry, use.value, version);
  if (use.kind === 'former-code') {
    const former = use.entry.formerName!;
    if (version && availabilityIn([former.presence], version).present) return undefined;
    return {
      kind: 'former-name',
      value: use.value,
      exact: true,
      replacement: use.entry.code,
      message: `${q(use.value)} was sent only by Dapr ${former.presence.since}–${former.presence.lastPresent}; since ${former.presence.removedIn} the runtime sends ${q(use.entry.code)}.`,
    };
  }
  return codeProblem(use.entry, use.value, version);
}

/** The `no-unknown-code` message for an unknown use. */
export function unknownCodeMessage(use: Extract<CodeUse, { kind: 'unknown' }>): string {
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
