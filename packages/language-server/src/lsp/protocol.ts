// vscode-languageserver's runtime values (connection, documents, notification types).
import { createRequire } from 'node:module';

// Required, not imported: Node's ES-module view of this CommonJS bundle costs ~150 ms of start-up.
export const lsp = createRequire(import.meta.url)('vscode-languageserver/node') as typeof import('vscode-languageserver/node');
