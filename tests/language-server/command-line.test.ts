// The bin's command line: help, version, mistakes (exit 2, one line, no stack trace), a transport that
// cannot be reached (exit 1), and each transport really serving: stdio, and a socket and a pipe the
// client listens on (as vscode-languageclient does), each answering `initialize` with the package's version.
import { fork, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, FIXTURES, LspClient, REPO_ROOT, SERVER_BIN } from './harness/client.js';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/language-server/package.json'), 'utf8')) as { name: string; version: string; homepage: string };
const scratch = mkdtempSync(join(tmpdir(), 'dapr-ls-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [SERVER_BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

beforeAll(assertServerBuilt);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the command line', () => {
  it('--help prints the usage, the four transports and the docs link (exit 0)', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = run(flag);
      expect([status, stderr]).toEqual([0, '']);
      expect(stdout).toContain('Usage: dapr-codes-language-server <transport>');
      for (const transport of ['--stdio', '--node-ipc', '--socket=PORT', '--pipe=NAME']) expect(stdout).toContain(`  ${transport}`);
      expect(stdout).toContain(`${manifest.name} ${manifest.version}`);
      expect(stdout).toContain(manifest.homepage);
    }
  });

  it('--version prints the package version (exit 0)', () => {
    expect(run('--version')).toMatchObject({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [[], 'no transport given: start it with --stdio, --node-ipc, --socket=PORT or --pipe=NAME'],
    [['--clientProcessId=1'], 'no transport given: start it with --stdio, --node-ipc, --socket=PORT or --pipe=NAME'],
    [['--stdio', '--node-ipc'], 'one transport at a time: --stdio, --node-ipc, --socket=PORT or --pipe=NAME'],
    [['--socket=abc'], '--socket takes a port number from 1 to 65535, got "abc"'],
    [['--socket=70000'], '--socket takes a port number from 1 to 65535, got "70000"'],
    [['--socket'], "option '--socket <value>' argument missing"],
    [['--stdio', 'file.ts'], "unexpected argument 'file.ts'"],
  ])('%j: one line on stderr, exit 2', (args, message) => {
    const { status, stdout, stderr } = run(...args);
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `dapr-codes-language-server: ${message}. Run dapr-codes-language-server --help for the usage.\n` });
  });

  it('a socket nobody listens on, a missing pipe, --node-ipc without a channel: one line on stderr, exit 1', async () => {
    const closed = await freePort();
    expect(run(`--socket=${closed}`)).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `dapr-codes-language-server: cannot connect to 127.0.0.1:${closed} (ECONNREFUSED): start the server from the client that listens there.\n`,
    });
    const pipe = join(scratch, 'nobody.sock');
    expect(run(`--pipe=${pipe}`)).toMatchObject({ status: 1, stderr: `dapr-codes-language-server: cannot connect to pipe ${pipe} (ENOENT): start the server from the client that listens there.\n` });
    expect(run('--node-ipc')).toMatchObject({
      status: 1,
      stderr: 'dapr-codes-language-server: --node-ipc: this process has no IPC channel (start it with child_process.fork, or use --stdio).\n',
    });
  });
});

describe('serverInfo and the transports', () => {
  it('--stdio: initialize answers with the package name and version, and the server analyses', async () => {
    const root = join(FIXTURES, 'no-typescript');
    const client = LspClient.start(root);
    const init = await client.initialize(root);
    expect(init.serverInfo).toEqual({ name: manifest.name, version: manifest.version });
    await client.initialized();
    const uri = await client.open(join(root, 'src/retry.ts'));
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.length).toBeGreaterThan(0);
    expect(await client.stop()).toBe(0);
  });

  it.each(['socket', 'pipe'] as const)('--%s: connects to the listening client and serves it', async (kind) => {
    const pipe = join(scratch, 'client.sock');
    const { server, accepted } = listen();
    await new Promise<void>((resolve) => (kind === 'socket' ? server.listen(0, '127.0.0.1', resolve) : server.listen(pipe, resolve)));
    const flag = kind === 'socket' ? `--socket=${(server.address() as { port: number }).port}` : `--pipe=${pipe}`;
    const child = spawn(process.execPath, [SERVER_BIN, flag], { stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const socket = await accepted;
    await expectServes(createProtocolConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket)), exited);
    server.close();
  });

  it('--node-ipc: forked as vscode-languageclient forks it (with --clientProcessId), it serves over the IPC channel', async () => {
    const child = fork(SERVER_BIN, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await expectServes(createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)), exited);
  });
});

/** `initialize` answers with the package's name and version; shutdown and exit end the process with 0. */
async function expectServes(connection: ProtocolConnection, exited: Promise<number | null>): Promise<void> {
  connection.listen();
  const init: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  expect(init.serverInfo).toEqual({ name: manifest.name, version: manifest.version });
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  expect(await exited).toBe(0);
  connection.dispose();
}

function listen(): { server: Server; accepted: Promise<Socket> } {
  let accept!: (socket: Socket) => void;
  const accepted = new Promise<Socket>((resolve) => (accept = resolve));
  return { server: createServer(accept), accepted };
}

/** A port that was free a moment ago: listened on, then closed. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
