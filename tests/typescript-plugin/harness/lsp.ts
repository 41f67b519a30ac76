// A minimal LSP client over stdio (JSON-RPC, Content-Length framed both ways), enough to drive
// typescript-language-server the way Neovim, Helix or Zed do.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { LANGUAGE_SERVER_CLI } from './paths.js';
import { createFrameReader } from './tsserver.js';

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export interface Notification {
  readonly method: string;
  readonly params: unknown;
}

export class LspClient {
  readonly notifications: Notification[] = [];
  private id = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', createFrameReader((m) => this.dispatch(m as Message)));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`language server exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  static start(cwd: string): LspClient {
    return new LspClient(spawn(process.execPath, [LANGUAGE_SERVER_CLI, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  private send(message: Omit<Message, 'jsonrpc'>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (configuration, progress, registrations): answer as a plain client.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      this.send({ id: message.id, result: message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
      for (const wake of [...this.waiters]) wake();
    } else if (typeof message.id === 'number') {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    }
  }

  request<Result = unknown>(method: string, params: unknown): Promise<Result> {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification of `method` for which `match` holds, received at index `after` or later. */
  waitForNotification<P>(method: string, match: (params: P) => boolean, after = 0, timeoutMs = 30_000): Promise<P> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.notifications.slice(after).find((n) => n.method === method && match(n.params as P));
        if (!found) return false;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(found.params as P);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no matching ${method} within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(wake);
    });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    if (this.child.exitCode === null) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
      const timer = setTimeout(() => this.child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    }
  }
}
