// A real LSP client over stdio (vscode-languageserver-protocol) driving the built server bin.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CompletionList,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const FIXTURES = join(REPO_ROOT, 'tests/language-server/fixtures');
export const SERVER_BIN = join(REPO_ROOT, 'packages/language-server/bin/dapr-codes-language-server.js');
const RECORDER = join(import.meta.dirname, 'record-loads.cjs');

/** The server runs from dist/: fail with the fix instead of testing stale code. */
export function assertServerBuilt(): void {
  const dist = join(REPO_ROOT, 'packages/language-server/dist/server.js');
  const src = join(REPO_ROOT, 'packages/language-server/src');
  const newest = Math.max(...readdirSync(src, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(src, file)).mtimeMs));
  if (!existsSync(dist) || statSync(dist).mtimeMs < newest) throw new Error('Build first: node scripts/build.mjs');
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  /** The server module to run (default: the workspace's built bin); the VS Code extension runs its own copy. */
  readonly server?: string;
  readonly section?: unknown;
  /** Where the server writes the modules it required (see record-loads.cjs). */
  readonly loadsFile?: string;
}

const DYNAMIC_WORKSPACE = { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } };

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  /** The methods the server registered through client/registerCapability. */
  readonly registered: string[] = [];
  /** What it registered them with (the watchers' glob patterns, ...). */
  readonly registerOptions: unknown[] = [];
  private waiters: (() => void)[] = [];
  section: unknown;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.section = options.section ?? null;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.push(() => this.diagnostics.push(p)));
    connection.onNotification('window/showMessage', (p: ShowMessageParams) => this.push(() => this.messages.push(p)));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.section));
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registered.push(...p.registrations.map((r) => r.method));
      this.registerOptions.push(...p.registrations.map((r) => r.registerOptions));
      return null;
    });
    connection.listen();
  }

  static start(cwd: string, options: StartOptions = {}): LspClient {
    const args = [...(options.loadsFile ? ['--require', RECORDER] : []), options.server ?? SERVER_BIN, '--stdio'];
    const child = spawn(process.execPath, args, { cwd, stdio: 'pipe', env: { ...process.env, ...(options.loadsFile ? { DAPR_CODES_LOADS: options.loadsFile } : {}) } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspClient(child, connection, options);
  }

  private push(record: () => void): void {
    record();
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves once `found` returns something (checked on every notification), or fails after `ms`. */
  async waitFor<T>(found: () => T | undefined, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at `version` (the latest such notification). */
  diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.lastDiagnostics((d) => d.uri === uri && (version === undefined || d.version === version)), `diagnostics of ${uri} v${version}`);
  }

  /** The latest diagnostics notification that `matches`. */
  lastDiagnostics(matches: (d: PublishDiagnosticsParams) => boolean): PublishDiagnosticsParams | undefined {
    return [...this.diagnostics].reverse().find(matches);
  }

  /** `workspace`: the client's workspace capabilities (default: configuration, and dynamic registration of the two notifications). */
  initialize(rootPath: string, initializationOptions?: unknown, workspace: object = DYNAMIC_WORKSPACE): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootPath),
      workspaceFolders: [{ uri: uriOf(rootPath), name: 'fixture' }],
      initializationOptions,
      capabilities: {
        workspace,
        textDocument: { publishDiagnostics: { tagSupport: { valueSet: [1, 2] }, versionSupport: true }, completion: { completionItem: { labelDetailsSupport: true, tagSupport: { valueSet: [1] } } } },
      },
    });
  }

  async initialized(): Promise<void> {
    await this.connection.sendNotification('initialized', {});
  }

  async open(path: string, text = readFileSync(path, 'utf8')): Promise<string> {
    const uri = uriOf(path);
    const languageId = /\.[cm]?tsx?$/.test(path) ? 'typescript' : 'javascript';
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  completion(uri: string, line: number, character: number): Promise<CompletionList | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, line: number, character: number): Promise<CodeAction[]> {
    const at = { line, character };
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** Where a text occurs: its 0-based line and the character `offset` into it. */
export function locate(text: string, needle: string, offset = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
