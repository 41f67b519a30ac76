// The language server process: `dapr-codes-language-server --stdio` (or `--node-ipc`, as
// vscode-languageclient starts it, `--socket=PORT`, `--pipe=NAME`; `--help`, `--version`). Documents
// are analysed per version (parse + the Dapr ESLint rules); diagnostics are published after a pause in
// typing; hover, completion and code actions read the same analysis. The layers: `cli/` reads the
// command line, `lsp/` speaks the protocol, `features/` turns an analysis into LSP answers, `analysis/`
// analyses a version (in part, from the previous one), `parsing/` parses, `config/` reads the project's options.
import { readCommandLine } from './cli/command-line.js';
import { mistakeLine, unreachableLine, usage } from './cli/usage.js';
import { SERVER_VERSION } from './package-info.js';

// oxc-parser allocates through its own mimalloc, which by default keeps freed pages for a while: a
// long-lived server would hold on to the peak of its largest parse. Read when the parser is loaded
// (after `initialize`), so setting it here is in time; a value the user set wins.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

const command = readCommandLine(process.argv.slice(2));
switch (command.kind) {
  case 'help':
    process.stdout.write(usage());
    break;
  case 'version':
    process.stdout.write(`${SERVER_VERSION}\n`);
    break;
  case 'mistake':
    process.stderr.write(mistakeLine(command.message));
    process.exitCode = 2;
    break;
  case 'serve': {
    // Loaded only to serve: the help and the version answer without loading the protocol library.
    const [{ openConnection, UnreachableTransport }, { startServer }] = await Promise.all([import('./lsp/transport.js'), import('./lsp/start.js')]);
    try {
      startServer(await openConnection(command.transport));
    } catch (error) {
      if (!(error instanceof UnreachableTransport)) throw error;
      process.stderr.write(unreachableLine(error.message));
      process.exitCode = 1;
    }
  }
}
