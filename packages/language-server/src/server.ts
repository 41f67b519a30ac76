// The language server process: run with `--stdio` (or `--node-ipc`, as vscode-languageclient starts
// it). Documents are analysed per version (parse + the Dapr ESLint rules); diagnostics are published
// after a pause in typing; hover, completion and code actions read the same analysis. The layers:
// `lsp/` speaks the protocol, `features/` turns an analysis into LSP answers, `analysis/` analyses a
// version (in part, from the previous one), `parsing/` parses, `config/` reads the project's options.
import { tuneForMemory } from './process-memory.js';
import { startServer } from './lsp/start.js';
import { lsp } from './lsp/protocol.js';

tuneForMemory();
startServer(lsp.createConnection(lsp.ProposedFeatures.all));
