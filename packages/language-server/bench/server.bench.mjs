#!/usr/bin/env node
// Benchmark (a script, not a test): the issue's figures for the language server, and the same
// figures for the tsserver plugin path (TypeScript 6 tsserver + the plugin) on the same files.
//   - server start: spawn → initialize answered (median of 5)
//   - edit → diagnostics: server time of the analysis of a new version of a 5,000-line file (debounce
//     excluded), in process: the first version (whole), a comment edited at the top, typing inside a
//     function in the middle; and over stdio, didChange → publishDiagnostics minus the debounce
//   - hover and completion on a code string: median request → response over stdio, on a version
//     already analysed and right after typing in the string
//   - RSS with 200 open files, the bin as shipped and with `--optimize-for-size` (as VS Code starts it):
//     right after the last file opened, and once the process has been idle long enough for V8 to give
//     back the heap it grew while parsing (V8 shrinks the heap only when a GC finds the allocation
//     rate low: its idle-time GC, which runs some 5-30 s after the work stops). Twice: on generated
//     files (the 5,000-line file typed in, and 200 small service files), and on the first 200 source
//     files (path order) of real code that uses Dapr: the @dapr/dapr SDK from the npm registry
//     (installed once into .bench/corpus), or `--corpus <dir>`, a checkout of any Dapr app
//
//   node packages/language-server/bench/server.bench.mjs [--runs 40] [--corpus <dir>]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { realFiles } from '../../../scripts/bench/dapr-corpus.mjs';
import { daprClassFile, daprFile, startTsserver } from '../../typescript-plugin/bench/support.mjs';
import { analyze } from '../dist/index.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '40' }, corpus: { type: 'string' } } });
const RUNS = Number(args.runs);
const serverDir = join(import.meta.dirname, '..');
const repoRoot = join(serverDir, '../..');
const BIN = join(serverDir, 'bin/dapr-codes-language-server.js');
const DEBOUNCE_MS = 150;
const fromPlugin = createRequire(join(repoRoot, 'packages/typescript-plugin/package.json'));
const tsserverPath = fromPlugin.resolve('typescript/lib/tsserver.js');
const tsVersion = fromPlugin('typescript/package.json').version;

// --- the files: a 5,000-line Dapr-heavy file (the tsserver bench's generator), and 200 service files -
function serviceFile(i) {
  const out = [];
  for (let j = 0; j < 10; j++) {
    out.push(
      `export function load${i}_${j}(store: Map<string, string>, id: string): string {`,
      `  const value = store.get(id) ?? store.get('default-${j}');`,
      `  if (value === undefined) throw new Error('missing ' + id);`,
      `  return value.trim();`,
      `}`,
      `export const isGone${i}_${j} = (err: { errorCode: string }) => err.errorCode === 'ERR_STATE_STORE_NOT_FOUND';`,
    );
  }
  return `${out.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-ls-bench-'));
mkdirSync(join(dir, 'src'));
const big = join(dir, 'src/dapr.ts');
const bigText = daprFile(500);
writeFileSync(big, bigText);
const services = Array.from({ length: 200 }, (_, i) => join(dir, `src/service${i}.ts`));
services.forEach((f, i) => writeFileSync(f, serviceFile(i)));
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['ES2022'], strict: true, noEmit: true, types: [] }, include: ['src'] }));
const real = realFiles(args.corpus, 200);
const realBytes = real.files.reduce((n, f) => n + readFileSync(f).length, 0);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
/**
 * RSS once idle: sampled every second until it has dropped by a tenth and then held within 1 MB for
 * 5 s (V8's idle GC has run), or for 90 s at most. With how long that took.
 */
async function settledRss(pid) {
  const first = rssMb(pid);
  const samples = [];
  for (let s = 1; s <= 90; s++) {
    await sleep(1000);
    samples.push(rssMb(pid));
    const recent = samples.slice(-5);
    if (recent.length === 5 && recent[0] < first * 0.9 && Math.max(...recent) - Math.min(...recent) <= 1) return { rss: samples.at(-1), seconds: s };
  }
  return { rss: samples.at(-1), seconds: 90 };
}
const at = (text, needle, delta) => {
  const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
};
const figures = [];
const figure = (host, name, value, unit, target) => figures.push({ host, name, value, unit, target });

// --- the language server ------------------------------------------------------------------------
function startLs(nodeFlags = [], cwd = dir) {
  const child = spawn(process.execPath, [...nodeFlags, BIN, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(`${p.uri}@${p.version}`)?.());
  connection.onRequest(() => null);
  connection.listen();
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  return { child, connection, published };
}

const starts = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const ls = startLs();
  await ls.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  starts.push(performance.now() - t0);
  ls.child.kill();
}
figure('language server', 'start (spawn → initialize answered)', median(starts), 'ms', '< 300');

// In process: what the server computes per document version.
const firstMs = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const result = analyze(big, bigText, DEFAULT_OPTIONS);
  firstMs.push(performance.now() - t0);
  if (!result.ok || !result.complete) throw new Error('expected a whole analysis');
}
figure('language server', `first version, whole analysis (${bigText.split('\n').length} lines, in process)`, median(firstMs), 'ms', '');
/** Typing in the middle of the file: the code string of one handler changes at each version. */
const typed = (text, i) => text.replace(/(export function handle250\(body: DaprErrorBody\): string \{\n {2}if \(body\.errorCode === ')[A-Z_]+'/, `$1ERR_STATE_GET${'T'.repeat(i % 3)}'`);
const editMs = { comment: [], typing: [] };
let previous = analyze(big, bigText, DEFAULT_OPTIONS);
let current = bigText;
for (let i = 0; i < RUNS; i++) {
  for (const [kind, edit] of [['comment', (t) => t.replace(/^\/\/ rev \d+/, `// rev ${i + 1}`)], ['typing', (t) => typed(t, i + 1)]]) {
    current = edit(current);
    const t0 = performance.now();
    const result = analyze(big, current, DEFAULT_OPTIONS, previous.outline);
    editMs[kind].push(performance.now() - t0);
    if (!result.ok || result.complete) throw new Error(`expected the ${kind} edit to be re-analysed in part`);
    previous = result;
  }
}
figure('language server', 'edit → diagnostics, comment at the top (in process)', median(editMs.comment), 'ms', '< 20');
// The same file written as one class: typing in one method.
const classText = daprClassFile(500);
const classMs = [];
let classPrevious = analyze(big, classText, DEFAULT_OPTIONS);
let classCurrent = classText;
for (let i = 0; i < RUNS; i++) {
  classCurrent = classCurrent.replace(/( {2}handle250\(body: DaprErrorBody\): string \{\n {4}if \(body\.errorCode === ')[A-Z_]+'/, `$1ERR_STATE_GET${'T'.repeat((i + 1) % 3)}'`);
  const t0 = performance.now();
  const result = analyze(big, classCurrent, DEFAULT_OPTIONS, classPrevious.outline);
  classMs.push(performance.now() - t0);
  if (!result.ok || result.complete) throw new Error('expected the edit in a method to be re-analysed in part');
  classPrevious = result;
}
figure('language server', 'edit → diagnostics, typing in a function (in process)', median(editMs.typing), 'ms', '< 20');
figure('language server', 'edit → diagnostics, typing in a method of a 5,000-line class (in process)', median(classMs), 'ms', '< 20');

const ls = startLs();
await ls.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
await ls.connection.sendNotification('initialized', {});
const bigUri = pathToFileURL(big).href;
let opened = ls.published(bigUri, 1);
await ls.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'typescript', version: 1, text: bigText } });
await opened;
const roundTrip = [];
let served = bigText;
for (let v = 2; v < RUNS + 2; v++) {
  const done = ls.published(bigUri, v);
  const before = served;
  served = typed(served, v);
  const start = before.indexOf('export function handle250(');
  const from = at(before, 'export function handle250(', 0);
  const to = at(before, 'export function handle251(', 0);
  const t0 = performance.now();
  await ls.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [{ range: { start: from, end: to }, text: served.slice(start, served.indexOf('export function handle251(')) }] });
  await done;
  roundTrip.push(performance.now() - t0 - DEBOUNCE_MS);
}
figure('language server', 'edit → diagnostics over stdio (typing), minus the 150 ms debounce', median(roundTrip), 'ms', '< 20');
const timed = async (run) => {
  const xs = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const t0 = performance.now();
    await run();
    if (i >= 5) xs.push(performance.now() - t0);
  }
  return xs;
};
const hoverAt = at(bigText, "'ERR_STATE_GET'", 4);
const completeAt = at(bigText, "errorCode: 'ERR_STATE_GET'", 13);
const hovers = await timed(() => ls.connection.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: hoverAt }));
const completions = await timed(() => ls.connection.sendRequest('textDocument/completion', { textDocument: { uri: bigUri }, position: completeAt }));
figure('language server', 'hover on a code, median (p95)', median(hovers), `ms (${p95(hovers).toFixed(2)})`, '< 5');
figure('language server', 'completion in a code string, median (p95)', median(completions), `ms (${p95(completions).toFixed(2)})`, '< 5');
// Typing in a string and asking for completions there: the request analyses the new version first.
const typingAt = at(served, "export function handle250(body: DaprErrorBody): string {\n  if (body.errorCode === 'ERR_STATE_", 0);
const typingPosition = { line: typingAt.line + 1, character: "  if (body.errorCode === 'ERR_STATE_".length };
let version = RUNS + 2;
const afterTyping = await timed(async () => {
  version++;
  const letter = version % 2 ? 'X' : 'Y';
  await ls.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version }, contentChanges: [{ range: { start: typingPosition, end: { ...typingPosition, character: typingPosition.character + 1 } }, text: letter }] });
  await ls.connection.sendRequest('textDocument/completion', { textDocument: { uri: bigUri }, position: { ...typingPosition, character: typingPosition.character + 1 } });
});
figure('language server', 'completion right after typing in the string, median (p95)', median(afterTyping), `ms (${p95(afterTyping).toFixed(2)})`, '< 5');
await ls.connection.sendRequest('shutdown');
await ls.connection.sendNotification('exit');

/** A fresh server: the big file opened and typed in 40 times, the 200 service files opened, the big file typed in and hovered again. */
async function rssAfterWork(nodeFlags) {
  const server = startLs(nodeFlags);
  await server.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await server.connection.sendNotification('initialized', {});
  let done = server.published(bigUri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'typescript', version: 1, text: bigText } });
  await done;
  let text = bigText;
  for (let v = 2; v < 42; v++) {
    done = server.published(bigUri, v);
    text = typed(text, v);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [{ text }] });
    await done;
  }
  for (const [i, file] of services.entries()) {
    const uri = pathToFileURL(file).href;
    done = server.published(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: readFileSync(file, 'utf8') } });
    if (i === services.length - 1) await done;
  }
  // Back to the big file: typed in and hovered, so that its tree and outline are the ones kept.
  done = server.published(bigUri, 42);
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: 42 }, contentChanges: [{ text: typed(text, 42) }] });
  await done;
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: hoverAt });
  const right = rssMb(server.child.pid);
  const idle = await settledRss(server.child.pid);
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  return { right, idle };
}
/** A fresh server with the real files opened one after the other (the last one's diagnostics awaited). */
async function rssOfRealFiles(nodeFlags) {
  const server = startLs(nodeFlags, real.dir);
  await server.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(real.dir).href, capabilities: {} });
  await server.connection.sendNotification('initialized', {});
  let done;
  for (const file of real.files) {
    const uri = pathToFileURL(file).href;
    done = server.published(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: /\.[cm]?tsx?$/.test(file) ? 'typescript' : 'javascript', version: 1, text: readFileSync(file, 'utf8') } });
  }
  await done;
  const right = rssMb(server.child.pid);
  const idle = await settledRss(server.child.pid);
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  return { right, idle };
}
const realLabel = `${real.files.length} real files (${real.label}, ${(realBytes / 1e6).toFixed(2)} MB)`;
for (const [how, flags] of [['the bin as shipped', []], ['node --optimize-for-size, as VS Code starts it', ['--optimize-for-size']]]) {
  for (const [files, measure] of [['201 generated files', rssAfterWork], [realLabel, rssOfRealFiles]]) {
    const { right, idle } = await measure(flags);
    figure('language server', `RSS, ${files}, right after the last opened (${how})`, right, 'MB', '');
    figure('language server', `RSS, ${files}, once idle (${how})`, idle.rss, `MB (idle GC after ${idle.seconds} s)`, '< 80');
  }
}

// --- the tsserver plugin path (TypeScript tsserver + @dapr-codes/typescript-plugin) ------------------
const startPluginTsserver = () => startTsserver(tsserverPath, dir, ['--globalPlugins', '@dapr-codes/typescript-plugin', '--pluginProbeLocations', repoRoot]);
const tsAt = (p) => ({ line: p.line + 1, offset: p.character + 1 });
const tsStarts = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const ts = startPluginTsserver();
  ts.notify('open', { file: big });
  await ts.request('quickinfo', { file: big, ...tsAt(hoverAt) });
  tsStarts.push(performance.now() - t0);
  ts.child.kill();
}
figure(`tsserver ${tsVersion} + plugin`, 'start (spawn → first hover answered, project loaded)', median(tsStarts), 'ms', '');
const ts = startPluginTsserver();
ts.notify('open', { file: big });
await ts.request('semanticDiagnosticsSync', { file: big });
const tsDiag = [];
for (let i = 0; i < RUNS; i++) {
  ts.notify('change', { file: big, line: 1, offset: 1, endLine: 1, endOffset: 20, insertString: `// rev ${i}` });
  const t0 = performance.now();
  await ts.request('semanticDiagnosticsSync', { file: big });
  tsDiag.push(performance.now() - t0);
}
figure(`tsserver ${tsVersion} + plugin`, 'edit → semantic diagnostics (incl. TypeScript’s own)', median(tsDiag), 'ms', '');
const tsHovers = await timed(() => ts.request('quickinfo', { file: big, ...tsAt(hoverAt) }));
const tsCompletions = await timed(() => ts.request('completionInfo', { file: big, ...tsAt(completeAt) }));
figure(`tsserver ${tsVersion} + plugin`, 'hover on a code, median (p95)', median(tsHovers), `ms (${p95(tsHovers).toFixed(2)})`, '');
figure(`tsserver ${tsVersion} + plugin`, 'completion in a code string, median (p95)', median(tsCompletions), `ms (${p95(tsCompletions).toFixed(2)})`, '');
for (const file of services) ts.notify('open', { file });
await ts.request('semanticDiagnosticsSync', { file: services.at(-1) });
figure(`tsserver ${tsVersion} + plugin`, 'RSS with 201 open files, right after the last opened', rssMb(ts.child.pid), 'MB', '');
const tsIdle = await settledRss(ts.child.pid);
figure(`tsserver ${tsVersion} + plugin`, 'RSS with 201 open files, once idle', tsIdle.rss, `MB (idle GC after ${tsIdle.seconds} s)`, '');
ts.child.kill();
rmSync(dir, { recursive: true, force: true });

console.log(`Language server vs tsserver plugin path; ${RUNS} runs; Node ${process.version}`);
for (const f of figures) console.log(`${f.host.padEnd(28)} ${f.name.padEnd(100)} ${f.value.toFixed(2).padStart(8)} ${f.unit}${f.target ? `  (target ${f.target})` : ''}`);
