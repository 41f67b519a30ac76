// The catalog's hover text as TypeScript quick info: added to TypeScript's own, never instead.
import { hoverDocument, hoverMarkdown, hoverTitle, isKnownUse, type KnownUse } from '@dapr-codes/catalog';
import type { ProjectTarget } from '@dapr-codes/deployment';
import type * as ts from 'typescript';
import type { Occurrence } from './occurrences.js';
import type { TS } from './syntax-kinds.js';

/** The runtimes a file's code runs against, and the versions its deployment files state that are not checked. */
export type Runtimes = Pick<ProjectTarget, 'target' | 'problems'>;
export const NO_RUNTIMES: Runtimes = { target: undefined, problems: [] };

export type KnownOccurrence = Occurrence & { readonly use: KnownUse };

export function isKnownOccurrence(occurrence: Occurrence): occurrence is KnownOccurrence {
  return isKnownUse(occurrence.use);
}

function text(value: string): ts.SymbolDisplayPart {
  return { text: value, kind: 'text' };
}

/** TypeScript's quick info with the Dapr hover added; the Dapr hover alone (over the string) when TypeScript has none. */
export function withDaprQuickInfo(t: TS, base: ts.QuickInfo | undefined, occurrence: KnownOccurrence, runtimes: Runtimes = NO_RUNTIMES): ts.QuickInfo {
  if (!base) {
    const { use } = occurrence;
    return { kind: t.ScriptElementKind.string, kindModifiers: '', textSpan: occurrence.span, displayParts: [text(hoverTitle(use))], documentation: [text(hoverMarkdown(use, runtimes.target, runtimes.problems))], tags: [] };
  }
  const before = base.documentation?.length ? [...base.documentation, { text: '\n\n', kind: 'lineBreak' }] : [];
  return { ...base, documentation: [...before, text(hoverDocument(occurrence.use, runtimes.target, runtimes.problems))] };
}
