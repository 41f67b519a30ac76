#!/usr/bin/env node
// Figures of the packaged extension, from one run: how long packaging takes, how big the .vsix is, and
// how long VS Code's extension host would spend loading the extension bundle (fresh Node processes,
// `vscode` replaced by a stand-in with the API's classes, as in test/harness/fake-vscode.ts).
//   node packages/vscode/bench/vsix.bench.mjs   (after the workspace build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = join(import.meta.dirname, '..');
const RUNS = 15;
const work = mkdtempSync(join(tmpdir(), 'dapr-codes-vsix-bench-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const vsix = join(work, 'dapr-codes.vsix');
  const started = performance.now();
  execFileSync(process.execPath, [join(dir, 'scripts/package.mjs'), '--out', vsix], { stdio: 'ignore' });
  const packaging = performance.now() - started;
  const unpacked = join(work, 'unpacked');
  // A .vsix is a zip; Python (on every machine of this kind) unpacks it.
  execFileSync('python3', ['-m', 'zipfile', '-e', vsix, unpacked]);
  const bundle = join(unpacked, 'extension/dist/extension.js');

  // One fresh process per run: the extension host loads an extension once, cold.
  const load = `
    const Module = require('node:module');
    const api = {};
    const types = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'node_modules/@types/vscode/index.d.ts'))}, 'utf8');
    for (const [, kind, name] of types.matchAll(/^\\texport (class|enum) (\\w+)/gm)) api[name] = kind === 'class' ? class {} : {};
    const original = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? api : original.call(this, request, ...rest); };
    const t = performance.now();
    require(${JSON.stringify(bundle)});
    process.stdout.write(String(performance.now() - t));`;
  const loads = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', load], { encoding: 'utf8' })));

  const entries = readdirSync(unpacked, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  console.log(`packaging (esbuild + staging + vsce): ${(packaging / 1000).toFixed(1)} s`);
  console.log(`.vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KiB, ${entries.length} files; extension bundle ${(readFileSync(bundle).length / 1024).toFixed(0)} KiB`);
  console.log(`loading the extension bundle: median ${median(loads).toFixed(1)} ms, min ${Math.min(...loads).toFixed(1)} ms over ${RUNS} fresh processes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
