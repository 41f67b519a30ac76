// What the server offers (LSP 3.17): incremental sync, hover, completion in strings, quick fixes.
import type { ServerCapabilities } from 'vscode-languageserver';
import { INCREMENTAL_SYNC, QUICK_FIX } from '../features/lsp-constants.js';

export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: INCREMENTAL_SYNC },
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['"', "'", '`', '_'], resolveProvider: true, completionItem: { labelDetailsSupport: true } },
  codeActionProvider: { codeActionKinds: [QUICK_FIX] },
};
