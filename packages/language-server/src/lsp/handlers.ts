// The requests on a document: hover, completion (and its details), code actions. Each reads the
// current version's analysis (its options, findings) and, for a position, a tree that holds it.
import type { CodeAction, CodeActionParams, CompletionItem, CompletionList, Connection, Hover, Position, TextDocumentPositionParams } from 'vscode-languageserver';
import type { Configuration } from './configuration.js';
import type { Documents } from './documents.js';
import type { Guard } from './guard.js';
import type { Load } from './loader.js';

export interface HandlerContext {
  readonly documents: Documents;
  readonly configuration: Configuration;
  readonly load: Load;
}

/** The current version's analysis, and a tree at the position, for the position features. */
async function atPosition({ documents }: HandlerContext, uri: string, position: Position) {
  const doc = documents.get(uri);
  const result = doc && (await documents.analysisOf(doc));
  // Nothing of a text that is not analysed is read (a line table of a file over maxFileSize took 5 ms).
  if (!doc || !result?.analysable) return undefined;
  const offset = doc.offsetAt(position);
  const file = await documents.treeOf(doc, offset);
  return file ? { file, offset, options: result.settings.options, runtimes: result.settings.runtimes } : undefined;
}

async function hover(context: HandlerContext, { textDocument, position }: TextDocumentPositionParams): Promise<Hover | null> {
  const found = await atPosition(context, textDocument.uri, position);
  if (!found?.options.hover) return null;
  return (await context.load()).features.hoverAt(found.file, found.offset, found.options, found.runtimes);
}

async function completion(context: HandlerContext, { textDocument, position }: TextDocumentPositionParams): Promise<CompletionList | null> {
  const found = await atPosition(context, textDocument.uri, position);
  if (!found?.options.completions) return null;
  const list = (await context.load()).features.completionAt(found.file, found.offset, found.options, found.runtimes);
  // The document goes with each item: its details are about that document's runtimes.
  return list && { ...list, items: list.items.map((item) => ({ ...item, data: { ...(item.data as object), uri: textDocument.uri } })) };
}

async function completionDetails({ documents, configuration, load }: HandlerContext, item: CompletionItem): Promise<CompletionItem> {
  const loaded = await load();
  // The entry's text depends on the document's runtimes.
  const uri = (item.data as { uri?: unknown } | undefined)?.uri;
  const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
  const settings = (doc && (await documents.analysisOf(doc))?.settings) ?? configuration.settingsFor(undefined, loaded);
  return loaded.features.resolveCompletion(item, settings.runtimes);
}

async function codeActions({ documents, load }: HandlerContext, { textDocument, range }: CodeActionParams): Promise<CodeAction[]> {
  const doc = documents.get(textDocument.uri);
  const result = doc && (await documents.analysisOf(doc));
  if (!result || result.messages.length === 0) return [];
  // The document keeps its own line offsets (LSP's): no table of the whole text per request.
  const positions = { position: (offset: number) => doc.positionAt(offset), offset: (position: Position) => doc.offsetAt(position) };
  return (await load()).features.codeActionsFor(result.messages, result.diagnostics, positions, textDocument.uri, range);
}

export function registerHandlers(connection: Connection, context: HandlerContext, guard: Guard): void {
  connection.onHover(guard('hover', null, (params: TextDocumentPositionParams) => hover(context, params)));
  connection.onCompletion(guard('completion', null, (params: TextDocumentPositionParams) => completion(context, params)));
  connection.onCompletionResolve((item) => guard('completion details', item, () => completionDetails(context, item))());
  connection.onCodeAction(guard('code actions', [], (params: CodeActionParams) => codeActions(context, params)));
}
