// What the server offers (LSP 3.17): incremental sync, hover, completion in strings, quick fixes.
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';

export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['"', "'", '`', '_'], resolveProvider: true, completionItem: { labelDetailsSupport: true } },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
};
