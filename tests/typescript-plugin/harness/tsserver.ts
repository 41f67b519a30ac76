// A real tsserver process spoken to over stdio, as editors do: requests are newline-delimited JSON,
// answers and events come back Content-Length framed. Responses are matched by `request_seq`.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { server } from 'typescript';
import type { TypeScriptUnderTest } from './paths.js';

export type Protocol = typeof server.protocol;
export type Event = server.protocol.Event;
type Message = server.protocol.Response | server.protocol.Event;

export interface StartOptions {
  readonly typescript: TypeScriptUnderTest;
  readonly cwd: string;
  /** `--globalPlugins`: loaded into every project, as typescript-language-server and VS Code extensions do. */
  readonly globalPlugins?: readonly string[];
  /** `--pluginProbeLocations`: where global plugins are looked up (their `node_modules` parent). */
  readonly pluginProbeLocations?: readonly string[];
  /** `--serverMode`: VS Code's syntax server runs `partialSemantic`. Default: a full server. */
  readonly serverMode?: 'partialSemantic' | 'syntactic';
}

/** A framed-message reader: feeds chunks, yields complete JSON messages. */
export function createFrameReader(onMessage: (message: unknown) => void): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
      if (!length) throw new Error(`no Content-Length in ${JSON.stringify(buffer.subarray(0, headerEnd).toString())}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (buffer.length < end) return;
      const body = buffer.subarray(start, end).toString('utf8');
      buffer = buffer.subarray(end);
      onMessage(JSON.parse(body));
    }
  };
}

export class TsServer {
  readonly events: Event[] = [];
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: server.protocol.Response) => void; reject: (e: Error) => void }>();
  private readonly eventWaiters = new Set<() => void>();
  private stderr = '';
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly logDir: string,
  ) {
    child.stdout.on('data', createFrameReader((m) => this.dispatch(m as Message)));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`tsserver exited (${code ?? signal}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  static start(options: StartOptions): TsServer {
    const logDir = mkdtempSync(join(tmpdir(), 'dapr-codes-tsserver-'));
    const args = [options.typescript.tsserver, '--disableAutomaticTypingAcquisition', '--locale', 'en', '--logVerbosity', 'verbose', '--logFile', join(logDir, 'tsserver.log')];
    if (options.globalPlugins?.length) args.push('--globalPlugins', options.globalPlugins.join(','));
    if (options.pluginProbeLocations?.length) args.push('--pluginProbeLocations', options.pluginProbeLocations.join(','));
    if (options.serverMode) args.push('--serverMode', options.serverMode);
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    return new TsServer(child, logDir);
  }

  private dispatch(message: Message): void {
    if (message.type === 'response') {
      const waiter = this.pending.get(message.request_seq);
      this.pending.delete(message.request_seq);
      waiter?.resolve(message);
    } else if (message.type === 'event') {
      this.events.push(message);
      for (const wake of [...this.eventWaiters]) wake();
    }
  }

  private write(command: string, args: unknown): number {
    if (this.exited) throw new Error(`tsserver has exited: ${this.stderr}`);
    const seq = ++this.seq;
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return seq;
  }

  /** A command tsserver does not answer (`open`, `close`, `change`); later requests run after it. */
  notify(command: 'open' | 'close' | 'change', args: unknown): void {
    this.write(command, args);
  }

  /** The full response to a request. */
  response(command: string, args?: unknown): Promise<server.protocol.Response> {
    return new Promise((resolve, reject) => {
      const seq = this.write(command, args);
      this.pending.set(seq, { resolve, reject });
    });
  }

  /** The body of a successful response; rejects with tsserver's message otherwise. */
  async request<Body = unknown>(command: string, args?: unknown): Promise<Body> {
    const response = await this.response(command, args);
    if (!response.success) throw new Error(`${command} failed: ${response.message}`);
    return response.body as Body;
  }

  /** Like `request`, but undefined where tsserver has nothing to say ("No content available."). */
  async requestOptional<Body = unknown>(command: string, args?: unknown): Promise<Body | undefined> {
    const response = await this.response(command, args);
    if (!response.success && response.message === 'No content available.') return undefined;
    if (!response.success) throw new Error(`${command} failed: ${response.message}`);
    return response.body as Body;
  }

  open(file: string): void {
    this.notify('open', { file, scriptKindName: 'TS' });
  }

  /** The first event named `name` received at index `after` or later (mark with `events.length`). */
  waitForEvent(name: string, after: number, timeoutMs = 20_000): Promise<Event> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.slice(after).find((e) => e.event === name);
        if (!found) return false;
        clearTimeout(timer);
        this.eventWaiters.delete(wake);
        resolve(found);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        this.eventWaiters.delete(wake);
        reject(new Error(`no ${name} event within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.eventWaiters.add(wake);
    });
  }

  /** tsserver's log so far (the plugin writes its `[dapr-codes]` lines there). */
  log(): string {
    try {
      return readFileSync(join(this.logDir, 'tsserver.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** Asks tsserver to exit; kills it if it has not after a few seconds. */
  async close(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.stdin.end(`${JSON.stringify({ seq: ++this.seq, type: 'request', command: 'exit' })}\n`);
      const timer = setTimeout(() => this.child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.logDir, { recursive: true, force: true });
  }
}
