// What a completion inside a string offers: a function of the string's use site (the same position
// decision as the diagnostics) and the text typed so far. Every editor host offers these candidates, in
// this order, with these labels.
import { DAPR_ONLY_PREFIXES, type UseSite } from '../code-use.js';
import { allCodes, allReasons } from '../lookup.js';
import { getCodeProblem, type CodeProblem } from '../problems.js';
import type { Namespace } from '../suggest.js';
import type { DaprTarget } from '../targets/target.js';
import type { KnownUse } from './hover.js';
import type { RemovedCodeCompletions } from './options.js';

/** The names to offer: those of `namespace` (any namespace when undefined) starting with one of `prefixes`. */
export interface Offer {
  readonly namespace: Namespace | undefined;
  readonly prefixes: readonly string[];
}

export interface Candidate {
  readonly use: KnownUse;
  readonly problem: CodeProblem | undefined;
}

const SHAPED = { ERR_: /^ERR_[A-Z0-9_]*$/, DAPR_: /^DAPR_[A-Z0-9_]*$/ } as const;

/**
 * The offer at a string whose use site is `site` (undefined: a position where a string is never a code)
 * holding `text`:
 * - a strong position of a namespace (`body.errorCode === "|"`): every name of it;
 * - a weak position (`msg.includes("ERR_|")`): names with the typed `ERR_`/`DAPR_` prefix;
 * - any other string (`err.code === "ERR_|"`): only names whose prefix no other tool uses
 *   (`ERR_STATE_`, …), and only while the typed text can still become one: `"ERR_BAD_"` is axios's.
 * A case-folded comparison gets nothing: upper-case names would break it.
 */
export function completionOffer(site: UseSite | undefined, text: string): Offer | undefined {
  if (!site) return undefined;
  if (site.strength === 'strong' && site.namespace) return { namespace: site.namespace, prefixes: [''] };
  if (site.fold) return undefined;
  const prefix = SHAPED.ERR_.test(text) ? 'ERR_' : SHAPED.DAPR_.test(text) ? 'DAPR_' : undefined;
  if (!prefix) return undefined;
  if (site.strength === 'weak') return { namespace: site.namespace, prefixes: [prefix] };
  const prefixes = DAPR_ONLY_PREFIXES.filter((p) => p.startsWith(text) || text.startsWith(p));
  return prefixes.length > 0 ? { namespace: undefined, prefixes } : undefined;
}

function allCandidates(target: DaprTarget | undefined): readonly Candidate[] {
  const uses: KnownUse[] = [
    ...allCodes.map((entry): KnownUse => ({ kind: 'code', value: entry.code, entry })),
    ...allReasons.filter((entry) => entry.kind === 'errorinfo-reason').map((entry): KnownUse => ({ kind: 'reason', value: entry.reason, entry })),
  ];
  return uses.map((use) => ({ use, problem: getCodeProblem(use, target) }));
}

const namespaceOf = (c: Candidate): Namespace => (c.use.kind === 'reason' ? 'reason' : 'code');
const candidateCache = new Map<string, ReadonlyMap<string, Candidate>>();

/** The candidates of an offer, by name, in catalog order; computed once per offer and target. */
export function candidatesFor(offer: Offer, target: DaprTarget | undefined): ReadonlyMap<string, Candidate> {
  const key = `${offer.namespace ?? '*'}|${offer.prefixes.join(',')}|${target?.key ?? ''}`;
  let found = candidateCache.get(key);
  if (!found) {
    if (candidateCache.size >= 256) candidateCache.clear();
    const fits = (c: Candidate) => (offer.namespace === undefined || namespaceOf(c) === offer.namespace) && offer.prefixes.some((p) => c.use.value.startsWith(p));
    found = new Map(allCandidates(target).filter(fits).map((c) => [c.use.value, c]));
    candidateCache.set(key, found);
  }
  return found;
}

/** The candidates shown: flagged ones (removed, renamed, not in `daprVersion`) kept and marked, or left out. */
export function shownCandidates(candidates: ReadonlyMap<string, Candidate>, removed: RemovedCodeCompletions): readonly Candidate[] {
  const all = [...candidates.values()];
  return removed === 'hidden' ? all.filter((c) => !c.problem) : all;
}

/** Sort key: TypeScript sorts its own string-literal entries at "11"; flagged names go after the good ones. */
export function candidateSortText(candidate: Candidate): '11' | '12' {
  return candidate.problem ? '12' : '11';
}

/** The label's description: the category, and why a flagged name is flagged. */
export function candidateDescription(candidate: Candidate): string {
  const category = candidate.use.entry.category;
  return candidate.problem ? `${category} · ${candidate.problem.kind}` : category;
}
