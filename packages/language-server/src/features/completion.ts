// Completion inside a string: the catalog's offer for the string's use site (decided by the rules'
// ESTree adapter), with a replace range over the whole string content.
import {
  candidateDescription,
  candidatesFor,
  candidateSortText,
  completionOffer,
  hoverDocument,
  hoverTitle,
  shownCandidates,
  type EditorOptions,
  type Offer,
} from '@dapr-codes/catalog';
import { literalSite, literalValue } from '@dapr-codes/eslint-plugin/hosts';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { CONSTANT_ITEM, DEPRECATED_ITEM } from './lsp-constants.js';
import { rangeOf } from './diagnostics.js';
import { NO_RUNTIMES, siteContextOf, type Runtimes } from './hover.js';
import { isInsideQuotes, stringLiteralAt } from '../parsing/node-at.js';
import type { ParsedFile } from '../parsing/parse.js';

/** What `completionItem/resolve` needs to find the entry again (and the document, for its runtimes). */
export interface ItemData {
  readonly offer: Offer;
  readonly name: string;
  readonly uri?: string;
}

export function completionAt(file: ParsedFile, offset: number, options: EditorOptions, runtimes: Runtimes = NO_RUNTIMES): CompletionList | null {
  const literal = stringLiteralAt(file.ast, offset);
  if (!literal || !isInsideQuotes(literal, offset)) return null;
  const text = literalValue(literal);
  if (text === undefined) return null;
  const offer = completionOffer(literalSite(literal, siteContextOf(file)), text);
  if (!offer) return null;
  const range = rangeOf(file.lines, literal.range[0] + 1, literal.range[1] - 1);
  const items = shownCandidates(candidatesFor(offer, runtimes.target), options.removedCodeCompletions).map(
    (c): CompletionItem => ({
      label: c.use.value,
      kind: CONSTANT_ITEM,
      labelDetails: { description: candidateDescription(c) },
      sortText: candidateSortText(c),
      ...(c.problem ? { tags: [DEPRECATED_ITEM] } : {}),
      textEdit: { range, newText: c.use.value },
      data: { offer, name: c.use.value } satisfies ItemData,
    }),
  );
  return items.length > 0 ? { isIncomplete: false, items } : null;
}

/** The entry's details: the hover text of the name. */
export function resolveCompletion(item: CompletionItem, runtimes: Runtimes = NO_RUNTIMES): CompletionItem {
  const data = item.data as Partial<ItemData> | undefined;
  const candidate = data?.offer && typeof data.name === 'string' ? candidatesFor(data.offer, runtimes.target).get(data.name) : undefined;
  if (!candidate) return item;
  return { ...item, detail: hoverTitle(candidate.use), documentation: { kind: 'markdown', value: hoverDocument(candidate.use, runtimes.target, runtimes.problems) } };
}
