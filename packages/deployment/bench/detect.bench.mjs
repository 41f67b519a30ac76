#!/usr/bin/env node
// How long detection takes and how much it reads, on a generated project with many files (or on folders
// given on the command line: `node bench/detect.bench.mjs <project>...`). Prints CPU time (robust on a
// shared machine) for a cold detection (a new process's first, module warm-up included), a cold one after
// warm-up (what each further root costs), and a cached one, with the folders visited and files read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS, DeploymentDetector, takeSnapshot } from '../dist/esm/index.js';

/** A service with 4,000 sources, 400 tests, 40 manifests, a chart, workflows, and a heavy node_modules. */
function generate() {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-detect-bench-'));
  const write = (path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  mkdirSync(join(dir, '.git'));
  write('package.json', JSON.stringify({ name: 'shop', scripts: { build: 'tsc', 'dapr:up': 'docker compose up -d' } }));
  write('.gitignore', 'node_modules/\ndist/\n.cache/\n');
  for (let i = 0; i < 4000; i++) write(`src/module${i % 80}/file${i}.ts`, `export const value${i} = ${i};\n`.repeat(20));
  for (let i = 0; i < 400; i++) write(`test/unit/file${i}.test.ts`, `import { value${i} } from '../../src/module${i % 80}/file${i}';\nit('works', () => expect(value${i}).toBe(${i}));\n`);
  for (let i = 0; i < 20_000; i++) write(`node_modules/pkg${i % 400}/lib/file${i}.js`, 'module.exports = {};\n');
  for (let i = 0; i < 40; i++) {
    write(`deploy/k8s/service${i}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: service${i}\nspec:\n  template:\n    metadata:\n      annotations:\n        dapr.io/enabled: "true"\n        dapr.io/app-id: "service${i}"\n${i === 0 ? '        dapr.io/sidecar-image: "daprio/daprd:1.16.4"\n' : ''}    spec:\n      containers:\n        - name: app\n          image: example/service${i}:1.0.${i}\n`);
  }
  write('deploy/chart/Chart.yaml', 'apiVersion: v2\nname: shop\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 18.0.0\n');
  write('deploy/chart/values.yaml', 'replicaCount: 2\nimage:\n  repository: example/shop\n  tag: 1.0.0\n');
  write('docker-compose.yml', 'services:\n  shop:\n    build: .\n  shop-dapr:\n    image: "daprio/daprd:1.16.4"\n    command: ["./daprd", "--app-id", "shop"]\n    network_mode: "service:shop"\n');
  for (let i = 0; i < 6; i++) write(`.github/workflows/ci${i}.yml`, `name: ci${i}\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n`);
  return dir;
}

const cpu = (f) => {
  const start = process.cpuUsage();
  const result = f();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
};

const projects = process.argv.slice(2);
const generated = projects.length === 0 ? generate() : undefined;
for (const project of generated ? [generated] : projects) {
  const first = cpu(() => new DeploymentDetector().detect(project));
  const detector = new DeploymentDetector();
  const again = cpu(() => detector.detect(project));
  const cached = cpu(() => detector.detect(project));
  const findings = detector.rootFindings(first.result.root ?? project);
  const snapshot = cpu(() => takeSnapshot(project));
  console.log(`${generated ? 'generated project (4,000 sources, 400 tests, 20,000 files in node_modules, 40 manifests)' : project}`);
  console.log(`  runtimes: ${first.result.runtimes.map((r) => r.says).join('; ') || 'none'}`);
  console.log(`  files read: ${findings.filesRead} (limit ${DEFAULT_LIMITS.maxFiles}), truncated: ${findings.truncated}`);
  console.log(`  CPU ms: first detection in this process ${first.ms.toFixed(1)}, a fresh root after warm-up ${again.ms.toFixed(1)}, cached ${cached.ms.toFixed(2)}, snapshot of every root ${snapshot.ms.toFixed(1)}`);
}
if (generated) rmSync(generated, { recursive: true, force: true });
