#!/usr/bin/env node
// Benchmark (a script, not a test): hover and completion while a 20,000-line file does not parse (a
// line half typed in a function in the middle), before and after the server remembered the version's
// failure, in one run:
//   - in process (CPU time), per request: what the server did before (parse the whole text again; it fails) and
//     what it does now (the version against the last outline, once per version; then the string at the
//     position, parsed around the edit or the unit at the position alone), hover and completion included
//   - over stdio (wall time, request → response), the built server: hover on a code far from the edit and completion in the string
//     being typed, on the broken version (and, for reference, on the version before, which parses);
//     and completion right after each keystroke in that string (a new version each time, answered
//     around the edit without waiting for its analysis); with how many requests got an answer.
//     `--before <bin>`: the same requests to another build's bin (an earlier checkout), side by side
//   node packages/language-server/bench/half-typed.bench.mjs [--runs 40] [--units 2000] [--before <bin>]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { daprFile } from '../../typescript-plugin/bench/support.mjs';
import { analyze, brokenVersion, completionAt, hoverAt, parseFile, treeInBroken } from '../dist/index.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '40' }, units: { type: 'string', default: '2000' }, before: { type: 'string' } } });
const RUNS = Number(args.runs);
const BIN = join(import.meta.dirname, '../bin/dapr-codes-language-server.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const position = (text, offset) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
};

const good = daprFile(Number(args.units));
const middle = Math.floor(Number(args.units) / 2);
const head = `export function handle${middle}(body: DaprErrorBody): string {\n`;
// Half typed: the string is closed (editors close quotes), the condition is not.
const typing = "  if (body.errorCode === 'ERR_STATE_";
const broken = good.replace(head, `${head}${typing}'\n`);
const inString = broken.indexOf(typing) + typing.length;
const far = broken.indexOf(`export function handle${middle + middle / 2}(`);
const farCode = broken.indexOf("=== '", far) + 6;
const file = 'dapr.ts';
const lines = broken.split('\n').length;

// --- in process, per request ----------------------------------------------------------------------
const last = analyze(file, good, DEFAULT_OPTIONS);
if (!last.ok || analyze(file, broken, DEFAULT_OPTIONS, last.outline).ok) throw new Error('expected the edit to break the file');
/** CPU time (user + system) of `run`, median over the runs, in ms: unmoved by other processes on the machine. */
const cpuMs = ({ user, system }) => (user + system) / 1000;
const timed = (run) => {
  const xs = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const t0 = process.cpuUsage();
    run();
    if (i >= 5) xs.push(cpuMs(process.cpuUsage(t0)));
  }
  return median(xs);
};
const answered = (tree, offset, ask) => tree && ask(tree.file, offset, DEFAULT_OPTIONS);
const version = brokenVersion(last.outline, broken);
if (!answered(treeInBroken(file, version, inString), inString, completionAt)?.items.length) throw new Error('expected completions in the typed string');
if (!answered(treeInBroken(file, version, farCode), farCode, hoverAt)) throw new Error('expected a hover on the code far from the edit');
const figures = [
  ['before: each request parses the whole text again (and fails)', timed(() => parseFile(file, broken))],
  ['now, once per version: the version against the last outline', timed(() => brokenVersion(last.outline, broken))],
  ['now, once per version typed on at the same place (from the version before)', timed(() => brokenVersion(last.outline, broken.replace("ERR_STATE_'", "ERR_STATE_X'"), version))],
  ['now, hover on a code far from the edit', timed(() => answered(treeInBroken(file, version, farCode), farCode, hoverAt))],
  ['now, completion in the string being typed', timed(() => answered(treeInBroken(file, version, inString), inString, completionAt))],
];

// --- over stdio: the built server, and (--before) another build of it ---------------------------
const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-half-typed-'));
const path = join(dir, file);
writeFileSync(path, good);
const uri = pathToFileURL(path).href;

/** The requests' medians (ms) on one server, and how many of them it answered. */
async function overStdio(bin) {
  const child = spawn(process.execPath, [bin, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(`${p.version}`)?.());
  connection.onRequest(() => null);
  connection.listen();
  const published = (v) => new Promise((resolve) => waiting.set(`${v}`, resolve));
  await connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  let done = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: good } });
  await done;
  const request = (method, text, offset) => connection.sendRequest(method, { textDocument: { uri }, position: position(text, offset) });
  const timedAsync = async (run) => {
    const xs = [];
    let answered = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const t0 = performance.now();
      const answer = await run(i);
      if (i < 5) continue;
      xs.push(performance.now() - t0);
      if (answer) answered++;
    }
    return { ms: median(xs), answered: `${answered}/${RUNS}` };
  };
  const rows = [];
  const shift = typing.length + 2;
  const referenceString = good.indexOf("=== '", good.indexOf(head)) + 6;
  rows.push(['for reference, the version that parses: hover on that code', await timedAsync(() => request('textDocument/hover', good, farCode - shift))]);
  rows.push(['for reference, the version that parses: completion in a string there', await timedAsync(() => request('textDocument/completion', good, referenceString))]);
  done = published(2);
  const insertAt = position(good, good.indexOf(head) + head.length);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: insertAt, end: insertAt }, text: `${typing}'\n` }] });
  await done;
  rows.push(['hover on a code far from the edit', await timedAsync(() => request('textDocument/hover', broken, farCode))]);
  rows.push(['completion in the string being typed', await timedAsync(() => request('textDocument/completion', broken, inString))]);
  const typed = position(broken, inString);
  let current = 2;
  rows.push([
    'completion right after each keystroke in that string (a new version each time)',
    await timedAsync(async (i) => {
      current++;
      const at = { line: typed.line, character: typed.character + i };
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: current }, contentChanges: [{ range: { start: at, end: at }, text: 'X' }] });
      return connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { ...at, character: at.character + 1 } });
    }),
  ]);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  return rows;
}

const now = await overStdio(BIN);
const before = args.before ? await overStdio(resolve(args.before)) : undefined;
rmSync(dir, { recursive: true, force: true });

console.log(`Hover and completion while a ${lines}-line file does not parse; ${RUNS} runs, median (in process: CPU time; over stdio: wall time); Node ${process.version}`);
console.log('In process, per request:');
for (const [name, ms] of figures) console.log(`  ${name.padEnd(86)} ${ms.toFixed(2).padStart(7)} ms`);
const ms = (name) => figures.find(([n]) => n.includes(name))[1];
console.log(`  before / now: hover far from the edit ${(ms('before') / ms('hover')).toFixed(0)}x, completion in the string ${(ms('before') / ms('completion')).toFixed(0)}x`);
console.log(`Over stdio (ms, answered)${before ? `: now, and before (${args.before})` : ''}:`);
for (const [i, [name, { ms: m, answered }]] of now.entries()) {
  const then = before?.[i][1];
  console.log(`  ${name.padEnd(86)} ${m.toFixed(2).padStart(7)} ms ${answered.padStart(6)}${then ? `   before ${then.ms.toFixed(2).padStart(7)} ms ${then.answered.padStart(6)}` : ''}`);
}
