// What the command line asks for, read with `node:util`'s parseArgs: the help, the version, or the
// server on one transport. A mistake is a one-line message (exit 2), never a stack trace.
import { parseArgs } from 'node:util';
import type { Transport } from '../lsp/transport.js';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'serve'; readonly transport: Transport }
  | { readonly kind: 'mistake'; readonly message: string };

const OPTIONS = {
  stdio: { type: 'boolean' },
  'node-ipc': { type: 'boolean' },
  socket: { type: 'string' },
  pipe: { type: 'string' },
  // vscode-languageclient passes its pid; vscode-languageserver reads it itself (it exits with its client).
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const TRANSPORT_FLAGS = '--stdio, --node-ipc, --socket=PORT or --pipe=NAME';

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>>['values'];

function transportOf(values: Values): Transport | string {
  const given: Transport[] = [];
  if (values.stdio) given.push({ kind: 'stdio' });
  if (values['node-ipc']) given.push({ kind: 'node-ipc' });
  if (values.socket !== undefined) {
    const port = Number(values.socket);
    if (!/^\d+$/.test(values.socket) || port < 1 || port > 65535) return `--socket takes a port number from 1 to 65535, got "${values.socket}"`;
    given.push({ kind: 'socket', port });
  }
  if (values.pipe !== undefined) {
    if (values.pipe === '') return '--pipe takes the name of a pipe (a socket path on Unix)';
    given.push({ kind: 'pipe', name: values.pipe });
  }
  if (given.length === 0) return `no transport given: start it with ${TRANSPORT_FLAGS}`;
  if (given.length > 1) return `one transport at a time: ${TRANSPORT_FLAGS}`;
  return given[0]!;
}

/** parseArgs's own messages, trimmed to their first sentence (they go on with a hint about `--`). */
function mistakeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

export function readCommandLine(args: readonly string[]): Command {
  let values: Values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { kind: 'mistake', message: mistakeOf(error) };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const transport = transportOf(values);
  return typeof transport === 'string' ? { kind: 'mistake', message: transport } : { kind: 'serve', transport };
}
