// Completions inside a string in a Dapr-code position: the codes (or reasons) with their category,
// flagged ones struck through (or left out), merged with TypeScript's own string-literal completions.
import {
  candidateDescription,
  candidateSortText,
  completionOffer,
  hoverMarkdown,
  hoverTitle,
  shownCandidates,
  type Candidate,
  type Offer,
  type RemovedCodeCompletions,
} from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { NO_RUNTIMES, type Runtimes } from './hover.js';
import { contentSpan, isWholeString, stringTokenAt } from './string-tokens.js';
import type { TS } from './syntax-kinds.js';
import type { TypeOracle } from './type-oracle.js';
import { useSiteOf } from './use-site.js';

export interface CompletionContext {
  /** The literal's whole content: picking an entry replaces it, wherever the cursor is in it. */
  readonly replacementSpan: ts.TextSpan;
  readonly offer: Offer;
}

/** The completion context at the cursor, or undefined when the cursor is not inside such a string. */
export function completionContextAt(t: TS, sourceFile: ts.SourceFile, position: number, types: TypeOracle | undefined): CompletionContext | undefined {
  const literal = stringTokenAt(t, sourceFile, position);
  if (!literal || !isWholeString(t, literal)) return undefined;
  const replacementSpan = contentSpan(literal, sourceFile);
  if (position < replacementSpan.start || position > replacementSpan.start + replacementSpan.length) return undefined;
  const site = useSiteOf(t, literal, types);
  if (!site) return undefined;
  const offer = completionOffer(site, literal.text);
  return offer && { replacementSpan, offer };
}

function labelFor(candidate: Candidate): ts.CompletionEntryLabelDetails {
  return { description: candidateDescription(candidate) };
}

function entryFor(t: TS, candidate: Candidate, replacementSpan: ts.TextSpan): ts.CompletionEntry {
  return {
    name: candidate.use.value,
    kind: t.ScriptElementKind.string,
    kindModifiers: candidate.problem ? t.ScriptElementKindModifier.deprecatedModifier : t.ScriptElementKindModifier.none,
    sortText: candidateSortText(candidate),
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
  const entries = shownCandidates(candidates, removed).map((c) => entryFor(t, c, context.replacementSpan));
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
export function withDaprDetails(t: TS, base: ts.CompletionEntryDetails | undefined, candidate: Candidate, runtimes: Runtimes = NO_RUNTIMES): ts.CompletionEntryDetails {
  const markdown = hoverMarkdown(candidate.use, runtimes.target, runtimes.problems);
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
