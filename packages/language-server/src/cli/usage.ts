// The text of `--help`: what the server is, how editors start it (the transports), where the docs are.
import { DOCS_URL, SERVER_NAME, SERVER_VERSION } from '../package-info.js';

export const BIN_NAME = 'dapr-codes-language-server';

export function usage(): string {
  return `${SERVER_NAME} ${SERVER_VERSION}: a language server (LSP 3.17) for Dapr runtime error codes in TypeScript and JavaScript.

Usage: ${BIN_NAME} <transport>

Transports (one; editors pass it when they start the server):
  --stdio           speak LSP over stdin and stdout (most editors)
  --node-ipc        over Node's IPC channel (vscode-languageclient's TransportKind.ipc)
  --socket=PORT     connect to the client listening on 127.0.0.1:PORT
  --pipe=NAME       connect to the client listening on the named pipe (a socket path on Unix)

Options:
  --clientProcessId=PID   exit when that process does (vscode-languageclient passes it)
  -h, --help              this text
  -v, --version           the version

Editor setups and options: ${DOCS_URL}
`;
}

/** A command-line mistake (exit 2), as one line on stderr. */
export const mistakeLine = (message: string): string => `${BIN_NAME}: ${message}. Run ${BIN_NAME} --help for the usage.\n`;

/** A transport that cannot be reached (exit 1), as one line on stderr. */
export const unreachableLine = (message: string): string => `${BIN_NAME}: ${message}.\n`;
