// Completions inside a string in a Dapr-code position: the codes (or reasons) with their category,
// flagged ones struck through (or left out), merged with TypeScript's own string-literal completions.
import { allCodes, allReasons, formatDaprVersion, getCodeProblem, type CodeProblem, type DaprVersion, type Namespace } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import type { RemovedCodeCompletions } from './config.js';
import { hoverMarkdown, hoverTitle, type KnownUse } from './hover.js';
import { contentSpan, isWholeString, stringTokenAt } from './string-tokens.js';
import type { TS } from './syntax-kinds.js';
import type { TypeOracle } from './type-oracle.js';
import { useSiteOf } from './use-site.js';

/** What to offer: every name of a namespace, or (in a string that only looks like a code) the names with its prefix. */
export type Offer = { readonly kind: 'namespace'; readonly namespace: Namespace } | { readonly kind: 'prefix'; readonly prefix: 'ERR_' | 'DAPR_' };

export interface CompletionContext {
  /** The literal's whole content: picking an entry replaces it, wherever the cursor is in it. */
  readonly replacementSpan: ts.TextSpan;
  readonly offer: Offer;
}

export interface Candidate {
  readonly use: KnownUse;
  readonly problem: CodeProblem | undefined;
}

/** The completion context at the cursor, or undefined when the cursor is not inside such a string. */
export function completionContextAt(t: TS, sourceFile: ts.SourceFile, position: number, types: TypeOracle | undefined): CompletionContext | undefined {
  const literal = stringTokenAt(t, sourceFile, position);
  if (!literal || !isWholeString(t, literal)) return undefined;
  const replacementSpan = contentSpan(literal, sourceFile);
  if (position < replacementSpan.start || position > replacementSpan.start + replacementSpan.length) return undefined;
  const site = useSiteOf(t, literal, types);
  if (!site) return undefined;
  if (site.strength === 'strong' && site.namespace) return { replacementSpan, offer: { kind: 'namespace', namespace: site.namespace } };
  // Offering upper-case names in a case-folded comparison would break it.
  if (site.caseInsensitive) return undefined;
  const prefix = /^ERR_[A-Z0-9_]*$/.test(literal.text) ? 'ERR_' : /^DAPR_[A-Z0-9_]*$/.test(literal.text) ? 'DAPR_' : undefined;
  return prefix ? { replacementSpan, offer: { kind: 'prefix', prefix } } : undefined;
}

function allCandidates(version: DaprVersion | undefined): readonly Candidate[] {
  const uses: KnownUse[] = [
    ...allCodes.map((entry): KnownUse => ({ kind: 'code', value: entry.code, entry })),
    ...allReasons.filter((entry) => entry.kind === 'errorinfo-reason').map((entry): KnownUse => ({ kind: 'reason', value: entry.reason, entry })),
  ];
  return uses.map((use) => ({ use, problem: getCodeProblem(use, version) }));
}

const candidateCache = new Map<string, ReadonlyMap<string, Candidate>>();

/** The candidates of an offer, by name; computed once per offer and runtime version. */
export function candidatesFor(offer: Offer, version: DaprVersion | undefined): ReadonlyMap<string, Candidate> {
  const key = `${offer.kind === 'namespace' ? offer.namespace : offer.prefix}|${version ? formatDaprVersion(version) : ''}`;
  let found = candidateCache.get(key);
  if (!found) {
    const fits = (c: Candidate) => (offer.kind === 'namespace' ? (c.use.kind === 'reason' ? 'reason' : 'code') === offer.namespace : c.use.value.startsWith(offer.prefix));
    found = new Map(allCandidates(version).filter(fits).map((c) => [c.use.value, c]));
    candidateCache.set(key, found);
  }
  return found;
}

function labelFor(candidate: Candidate): ts.CompletionEntryLabelDetails {
  const category = candidate.use.entry.category;
  return { description: candidate.problem ? `${category} · ${candidate.problem.kind}` : category };
}

function entryFor(t: TS, candidate: Candidate, replacementSpan: ts.TextSpan): ts.CompletionEntry {
  return {
    name: candidate.use.value,
    kind: t.ScriptElementKind.string,
    kindModifiers: candidate.problem ? t.ScriptElementKindModifier.deprecatedModifier : t.ScriptElementKindModifier.none,
    // TypeScript sorts its own string-literal entries at "11"; flagged names go after the good ones.
    sortText: candidate.problem ? '12' : '11',
    replacementSpan,
    labelDetails: labelFor(candidate),
  };
}

function addModifier(modifiers: string, modifier: string): string {
  return modifiers.split(',').includes(modifier) ? modifiers : modifiers ? `${modifiers},${modifier}` : modifier;
}

/**
 * TypeScript's completions with the Dapr names. Where TypeScript offers string literals itself (the
 * string is typed, e.g. `DaprErrorCode`), those are the values that type-check: they are labelled, not
 * added to. Elsewhere the catalog's names are offered.
 */
export function withDaprCompletions(
  t: TS,
  base: ts.WithMetadata<ts.CompletionInfo> | undefined,
  context: CompletionContext,
  candidates: ReadonlyMap<string, Candidate>,
  removed: RemovedCodeCompletions,
): ts.WithMetadata<ts.CompletionInfo> | undefined {
  if (base && base.entries.length > 0) {
    return { ...base, entries: base.entries.map((entry) => labelled(t, entry, candidates.get(entry.name))) };
  }
  const entries = [...candidates.values()].filter((c) => !(removed === 'hidden' && c.problem)).map((c) => entryFor(t, c, context.replacementSpan));
  if (entries.length === 0) return base;
  return { isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: true, optionalReplacementSpan: context.replacementSpan, entries };
}

function labelled(t: TS, entry: ts.CompletionEntry, candidate: Candidate | undefined): ts.CompletionEntry {
  if (!candidate) return entry;
  const kindModifiers = candidate.problem ? addModifier(entry.kindModifiers ?? '', t.ScriptElementKindModifier.deprecatedModifier) : entry.kindModifiers;
  return { ...entry, kindModifiers, labelDetails: entry.labelDetails ?? labelFor(candidate) };
}

function text(value: string): ts.SymbolDisplayPart {
  return { text: value, kind: 'text' };
}

/** Details of a Dapr entry (the hover text), added to TypeScript's details when it has some for the name. */
export function withDaprDetails(t: TS, base: ts.CompletionEntryDetails | undefined, candidate: Candidate, version: DaprVersion | undefined): ts.CompletionEntryDetails {
  const markdown = hoverMarkdown(candidate.use, version);
  if (base) {
    const before = base.documentation?.length ? [...base.documentation, { text: '\n\n', kind: 'lineBreak' }] : [];
    return { ...base, documentation: [...before, text(markdown)] };
  }
  return {
    name: candidate.use.value,
    kind: t.ScriptElementKind.string,
    kindModifiers: candidate.problem ? t.ScriptElementKindModifier.deprecatedModifier : t.ScriptElementKindModifier.none,
    displayParts: [text(hoverTitle(candidate.use))],
    documentation: [text(markdown)],
    tags: [],
  };
}
