// Shared by the benchmarks (tsserver plugin, language server): the Dapr-heavy generated file and a
// minimal tsserver client, so both measure the same text the same way.
import { spawn } from 'node:child_process';

export const CODES = ['ERR_STATE_STORE_NOT_FOUND', 'ERR_STATE_GET', 'ERR_PUBSUB_NOT_FOUND', 'ERR_TOPIC_NAME_EMPTY', 'ERR_DIRECT_INVOKE', 'ERR_ACTOR_INSTANCE_MISSING', 'ERR_SECRET_GET', 'ERR_LOCK_STORE_NOT_FOUND'];

/** A file of `units` ten-line handlers, each with Dapr codes in the usual positions (one removed code in ten). */
export function daprFile(units) {
  const out = ['// rev 0', 'export interface DaprErrorBody { errorCode: string; message: string; errorInfo?: { reason: string } }'];
  for (let i = 0; i < units; i++) {
    const a = CODES[i % CODES.length];
    const b = CODES[(i + 3) % CODES.length];
    out.push(
      `export function handle${i}(body: DaprErrorBody): string {`,
      `  if (body.errorCode === '${a}') return 'retry';`,
      `  if (body.errorInfo?.reason === 'DAPR_STATE_NOT_FOUND') return 'missing';`,
      `  switch (body.errorCode) {`,
      `    case '${b}': return 'fail';`,
      // One removed code in ten functions: a project that still has a few to migrate.
      `    case '${i % 10 === 0 ? 'ERR_TOPIC_EMPTY' : 'ERR_STATE_SAVE'}': return 'old';`,
      `    default: return body.message.includes('ERR_DIRECT_INVOKE') ? 'invoke' : 'other';`,
      `  }`,
      `}`,
      `export const mock${i} = '{"errorCode":"${a}","message":"x"}';`,
    );
  }
  out.push("export const probe = { errorCode: 'ERR_STATE_GET', message: '' };");
  return `${out.join('\n')}\n`;
}

/** The same handlers as the methods and fields of one class (as services written as classes are). */
export function daprClassFile(units) {
  const lines = daprFile(units).split('\n');
  const [rev, body] = lines;
  const members = lines
    .slice(2, -2)
    .map((line) => `  ${line.replace(/^export function /, '').replace(/^export const /, '')}`)
    .join('\n');
  return `${rev}\n${body}\nexport class Generated {\n${members}\n}\n${lines.at(-2)}\n`;
}

/**
 * A tsserver over stdio: `notify` (no answer awaited), `request` (resolves with the response), `close`.
 * `node` adds Node arguments and environment (a CPU-time report: scripts/bench/cpu.mjs).
 */
export function startTsserver(tsserverPath, cwd, extraArgs, node = { execArgv: [], env: {} }) {
  const args = [...node.execArgv, tsserverPath, '--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents', ...extraArgs];
  const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...node.env } });
  const pending = new Map();
  let buffer = Buffer.alloc(0);
  let seq = 0;
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.type === 'response') pending.get(message.request_seq)?.(message);
    }
  });
  const write = (command, args) => {
    child.stdin.write(`${JSON.stringify({ seq: ++seq, type: 'request', command, arguments: args })}\n`);
    return seq;
  };
  return {
    child,
    notify: write,
    request: (command, args) => new Promise((resolve) => pending.set(write(command, args), resolve)),
    close: () => new Promise((resolve) => { child.once('exit', resolve); child.stdin.end(`${JSON.stringify({ seq: ++seq, type: 'request', command: 'exit' })}\n`); }),
  };
}

