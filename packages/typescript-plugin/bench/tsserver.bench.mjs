#!/usr/bin/env node
// Benchmark (a script, not a test): what the plugin adds to tsserver requests. Two tsservers serve the
// same generated project, one without and one with the plugin (--globalPlugins, the built dist/);
// requests alternate between them, one at a time, and each is timed from request to response.
// Headline: the CPU time of the server with the plugin over the one without, for the same requests (one
// run); then median and p95 per request kind, the added milliseconds and the ratio.
//
//   node packages/typescript-plugin/bench/tsserver.bench.mjs [--typescript typescript-5.9] [--runs 60]
// Needs: the built workspace (pnpm run bench:tsserver builds first), the workspace's TypeScript (6.0 by
// default; `--typescript` names another installed one); no network. One to two minutes on 2 cores.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { cpuReporting, percent, ratio } from '../../../scripts/bench/cpu.mjs';
import { daprFile, startTsserver } from './support.mjs';

const { values: args } = parseArgs({ options: { typescript: { type: 'string', default: 'typescript' }, runs: { type: 'string', default: '60' } } });
const RUNS = Number(args.runs);
const WARMUP = 8;
const pluginDir = join(import.meta.dirname, '..');
const repoRoot = join(pluginDir, '../..');
const require = createRequire(join(pluginDir, 'package.json'));
const tsserverPath = require.resolve(`${args.typescript}/lib/tsserver.js`);
const tsVersion = require(`${args.typescript}/package.json`).version;
require.resolve(join(pluginDir, 'dist/index.js')); // fails early when the plugin is not built

// --- the project: a large file with a single Dapr code, and a Dapr-heavy one -------------------------


function largeFile(units) {
  const out = ['// rev 0', 'export interface Order { id: string; total: number; lines: Line[]; status: Status }', 'export interface Line { sku: string; qty: number; price: number }', "export type Status = 'open' | 'paid' | 'shipped' | 'cancelled';"];
  for (let i = 0; i < units; i++) {
    out.push(
      `export class Service${i} {`,
      `  private readonly cache = new Map<string, Order>();`,
      `  constructor(private readonly prefix: string = 'svc-${i}') {}`,
      `  total${i}(order: Order): number {`,
      `    let sum = 0;`,
      `    for (const line of order.lines) sum += line.qty * line.price;`,
      `    return order.status === 'cancelled' ? 0 : sum;`,
      `  }`,
      `  find${i}(id: string): Order | undefined {`,
      `    const key = \`\${this.prefix}:\${id}\`;`,
      `    return this.cache.get(key) ?? (id.startsWith('tmp') ? undefined : this.cache.get(id));`,
      `  }`,
      `  label${i}(order: Order): string {`,
      `    switch (order.status) {`,
      `      case 'open': return 'Open order ' + order.id;`,
      `      case 'paid': return 'Paid: ' + order.total.toFixed(2);`,
      `      default: return order.status.toUpperCase();`,
      `    }`,
      `  }`,
      `}`,
    );
  }
  // One Dapr code gets the file past the plugin's text prefilter: the whole tree is walked.
  out.push("export const isMissingStore = (err: { errorCode: string }) => err.errorCode === 'ERR_STATE_STORE_NOT_FOUND';", 'export const probe = new Service0();', 'export const probeTotal = probe.total0({ id: "a", total: 1, lines: [], status: "open" });');
  return `${out.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-bench-'));
mkdirSync(join(dir, 'src'));
const files = { large: join(dir, 'src/large.ts'), dapr: join(dir, 'src/dapr.ts') };
const texts = { large: largeFile(400), dapr: daprFile(300) };
writeFileSync(files.large, texts.large);
writeFileSync(files.dapr, texts.dapr);
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['ES2022'], strict: true, noEmit: true, types: [] }, include: ['src'] }));

const at = (text, needle, delta) => {
  const index = text.indexOf(needle) + delta;
  const before = text.slice(0, index).split('\n');
  return { line: before.length, offset: before.at(-1).length + 1 };
};

// Each scenario prepares (untimed) and then sends the timed request.
let rev = 0;
const edit = (server, file) => {
  // A new text for the file (the revision comment on line 1), so both TypeScript and the plugin recompute.
  rev++;
  server.notify('change', { file, line: 1, offset: 1, endLine: 1, endOffset: 100, insertString: `// rev ${rev}` });
};
const scenarios = [
  { name: 'quickinfo, large file (identifier)', run: (s) => s.request('quickinfo', { file: files.large, ...at(texts.large, 'order.lines', 2) }) },
  { name: 'quickinfo, Dapr file (code string)', run: (s) => s.request('quickinfo', { file: files.dapr, ...at(texts.dapr, "'ERR_STATE_GET'", 4) }) },
  { name: 'completions, large file (member)', run: (s) => s.request('completionInfo', { file: files.large, ...at(texts.large, 'line.qty', 5) }) },
  { name: 'completions, Dapr file (code string)', run: (s) => s.request('completionInfo', { file: files.dapr, ...at(texts.dapr, "errorCode: 'ERR_STATE_GET'", 16) }) },
  { name: 'diagnostics, large file (after edit)', prepare: (s) => edit(s, files.large), run: (s) => s.request('semanticDiagnosticsSync', { file: files.large }) },
  { name: 'diagnostics, Dapr file (after edit)', prepare: (s) => edit(s, files.dapr), run: (s) => s.request('semanticDiagnosticsSync', { file: files.dapr }) },
];

const cpu = { without: cpuReporting(), with: cpuReporting() };
const without = startTsserver(tsserverPath, dir, [], cpu.without);
const withPlugin = startTsserver(tsserverPath, dir, ['--globalPlugins', '@dapr-codes/typescript-plugin', '--pluginProbeLocations', repoRoot], cpu.with);
for (const server of [without, withPlugin]) for (const file of Object.values(files)) server.notify('open', { file });

const samples = new Map(scenarios.map((s) => [s.name, { without: [], with: [] }]));
for (let i = 0; i < WARMUP + RUNS; i++) {
  for (const scenario of scenarios) {
    // Alternate which server goes first, so neither always runs on a warmer machine.
    const order = i % 2 === 0 ? [['without', without], ['with', withPlugin]] : [['with', withPlugin], ['without', without]];
    for (const [label, server] of order) {
      scenario.prepare?.(server);
      const t0 = performance.now();
      const response = await scenario.run(server);
      const ms = performance.now() - t0;
      if (!response.success && response.message !== 'No content available.') throw new Error(`${scenario.name}: ${response.message}`);
      if (i >= WARMUP) samples.get(scenario.name)[label].push(ms);
    }
  }
}
await Promise.all([without.close(), withPlugin.close()]);
const cpuMs = { without: cpu.without.read(), with: cpu.with.read() };
rmSync(dir, { recursive: true, force: true });

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
// Runs are paired (same iteration, back to back): the median of the differences is steadier than the
// difference of the medians when the machine's speed drifts.
const pairedAdded = (s) => quantile(s.with.map((ms, i) => ms - s.without[i]), 0.5);
const f = (ms) => ms.toFixed(2).padStart(7);
const lines = (name) => texts[name].split('\n').length;
console.log(`HEADLINE (CPU time of each tsserver process, start to exit, the same ${(WARMUP + RUNS) * scenarios.length} requests)`);
console.log(`  with the plugin / without: ${ratio(cpuMs.with, cpuMs.without)}  (${(cpuMs.with / 1000).toFixed(1)} s vs ${(cpuMs.without / 1000).toFixed(1)} s; the plugin adds ${percent(cpuMs.with / cpuMs.without - 1)})\n`);
console.log(`tsserver ${tsVersion}, ${RUNS} runs after ${WARMUP} warm-up; large file ${lines('large')} lines, Dapr file ${lines('dapr')} lines (ms, request to response)`);
console.log(`${'request'.padEnd(40)} ${'median w/o'.padStart(10)} ${'median with'.padStart(11)} ${'p95 w/o'.padStart(8)} ${'p95 with'.padStart(8)} ${'added'.padStart(7)} ${'ratio'.padStart(6)}`);
console.log(`(added: median of the paired differences; ratio: (median w/o + added) / median w/o)`);
for (const scenario of scenarios) {
  const s = samples.get(scenario.name);
  const m0 = quantile(s.without, 0.5);
  const m1 = quantile(s.with, 0.5);
  const added = pairedAdded(s);
  console.log(`${scenario.name.padEnd(40)} ${f(m0).padStart(10)} ${f(m1).padStart(11)} ${f(quantile(s.without, 0.95)).padStart(8)} ${f(quantile(s.with, 0.95)).padStart(8)} ${f(added)} ${((m0 + added) / m0).toFixed(2).padStart(6)}`);
}
