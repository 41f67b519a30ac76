// The language server process: run with `--stdio` (or `--node-ipc`, as vscode-languageclient starts
// it). Documents are analysed per version (parse + the Dapr ESLint rules); diagnostics are published
// after a pause in typing; hover, completion and code actions read the same analysis. The layers:
// `lsp/` speaks the protocol, `features/` turns an analysis into LSP answers, `analysis/` analyses a
// version (in part, from the previous one), `parsing/` parses, `config/` reads the project's options.
import { startServer } from './lsp/start.js';
import { lsp } from './lsp/protocol.js';

// oxc-parser allocates through its own mimalloc, which by default keeps freed pages for a while: a
// long-lived server would hold on to the peak of its largest parse. Read when the parser is loaded
// (after `initialize`), so setting it here is in time; a value the user set wins.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

startServer(lsp.createConnection(lsp.ProposedFeatures.all));
