// oxc-parser's native parse, isolated by construction: it recurses on the native stack, and an overflow
// there kills the process (in a worker thread too: measured), so it runs on a thread of its own whose
// stack holds the deepest tree any text of that length can give: `stackBytesFor(length)` from the worst
// bytes of stack per character measured over every recursive rule of the grammar (parser-stack.ts).
// A longer text than the thread was sized for gets a new thread first. The call is synchronous (the
// server's thread waits, as it did on an in-thread parse), so the analysis above it stays synchronous.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { capacityFor, fitsAThread, MAX_STACK_MB, stackMbFor } from './parser-stack.js';

export interface NativeComment {
  readonly type: 'Line' | 'Block';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export type NativeParse =
  | { readonly ok: true; readonly program: string; readonly comments: readonly NativeComment[]; readonly errors: readonly string[] }
  | { readonly ok: false; readonly error: string };

export interface NativeOptions {
  readonly lang: 'js' | 'jsx' | 'ts' | 'tsx';
  readonly sourceType: 'module' | 'script';
  readonly astType: 'ts';
  readonly range: true;
  readonly preserveParens: false;
}

/** A parse never takes this long (a 1,000,000-character file: about 0.1 s): the thread is stuck. */
const ANSWER_MS = 30_000;
/** A parse that grew the process by more than this (a deep text touches its stack's pages): the thread goes, and its memory with it. */
const RECYCLE_BYTES = 64 * 1024 * 1024;
/**
 * Unused this long (as the kept trees, documents.ts), the thread goes too: its heap, allocator and
 * stack pages (some 7–30 MB) are given back to an idle server; the next parse starts another (about
 * 80 ms of CPU).
 */
const IDLE_MS = 10_000;

interface ParserThread {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly done: Int32Array;
  /** The longest text its stack is sized for. */
  readonly capacity: number;
}

const WORKER_URL = new URL('./parse-worker.js', import.meta.url);
/** How a failure to start the thread begins (the machine could not give its stack). */
export const THREAD_FAILED = "the parser's thread could not start";
/** What a text too long for any thread's stack gets. */
export const TOO_LONG_FOR_A_THREAD = `longer than the parser's thread can hold (its stack is at most ${MAX_STACK_MB} MB)`;

function startThread(capacity: number): ParserThread {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  // None of the server's own flags (preloaded modules, ...) apply to the parser's thread.
  const worker = new Worker(WORKER_URL, { workerData: { port: port2, done }, transferList: [port2], execArgv: [], resourceLimits: { stackSizeMb: stackMbFor(capacity) } });
  // Idle, it must not keep the server's process alive; its failures are answers, not events.
  worker.unref();
  worker.on('error', () => undefined);
  return { worker, port: port1, done, capacity };
}

let thread: ParserThread | undefined;
let idle: NodeJS.Timeout | undefined;

function stop(): void {
  clearTimeout(idle);
  void thread?.worker.terminate();
  thread?.port.close();
  thread = undefined;
}

/** The thread for a text of `length` characters: the current one if its stack is sized for it. */
function threadFor(length: number): ParserThread {
  if (thread && thread.capacity >= length) return thread;
  stop();
  thread = startThread(capacityFor(length));
  return thread;
}

/** oxc's parse of `source`, on the parser's thread. Never throws. */
export function parseNative(fileName: string, source: string, options: NativeOptions): NativeParse {
  if (!fitsAThread(source.length)) return { ok: false, error: TOO_LONG_FOR_A_THREAD };
  let current: ParserThread;
  try {
    current = threadFor(source.length);
  } catch (error) {
    return { ok: false, error: `${THREAD_FAILED}: ${String(error)}` };
  }
  Atomics.store(current.done, 0, 0);
  current.port.postMessage({ fileName, source, options });
  const waited = Atomics.wait(current.done, 0, 0, ANSWER_MS);
  const reply = receiveMessageOnPort(current.port)?.message as (NativeParse & { grown?: number }) | undefined;
  if (waited === 'timed-out' || !reply) {
    stop();
    return { ok: false, error: `the parser did not answer within ${ANSWER_MS / 1000} s` };
  }
  if ((reply.grown ?? 0) > RECYCLE_BYTES) stop();
  else {
    clearTimeout(idle);
    idle = setTimeout(stop, IDLE_MS).unref();
  }
  return reply;
}
