// The connection on the transport the command line chose. A socket or pipe is connected to here, before
// the connection is made, so that one nobody listens on is a message and exit 1 (vscode-languageserver
// would connect itself, fail in silence and exit 0).
import { createConnection as connectSocket, type Socket } from 'node:net';
import type { Connection } from 'vscode-languageserver';
import { lsp } from './protocol.js';

/** How the server speaks to its client: vscode-languageclient's four transports. */
export type Transport = { readonly kind: 'stdio' } | { readonly kind: 'node-ipc' } | { readonly kind: 'socket'; readonly port: number } | { readonly kind: 'pipe'; readonly name: string };

/** The transport cannot be reached: what to tell the user. */
export class UnreachableTransport extends Error {}

function connected(socket: Socket, where: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UnreachableTransport(`cannot connect to ${where} (${error.code ?? error.message}): start the server from the client that listens there`)),
    );
  });
}

export async function openConnection(transport: Transport): Promise<Connection> {
  switch (transport.kind) {
    case 'stdio':
      // From the command line (`--stdio`, read again by vscode-languageserver): only so does it also
      // send what dependencies print with console.log to the client's log instead of into the protocol.
      return lsp.createConnection(lsp.ProposedFeatures.all);
    case 'node-ipc':
      if (!process.send) throw new UnreachableTransport('--node-ipc: this process has no IPC channel (start it with child_process.fork, or use --stdio)');
      return lsp.createConnection(lsp.ProposedFeatures.all, new lsp.IPCMessageReader(process), new lsp.IPCMessageWriter(process));
    case 'socket': {
      const socket = await connected(connectSocket({ port: transport.port, host: '127.0.0.1' }), `127.0.0.1:${transport.port}`);
      return lsp.createConnection(lsp.ProposedFeatures.all, socket, socket);
    }
    case 'pipe': {
      const socket = await connected(connectSocket(transport.name), `pipe ${transport.name}`);
      return lsp.createConnection(lsp.ProposedFeatures.all, socket, socket);
    }
  }
}
