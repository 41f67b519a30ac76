// The Dapr runtime a project deploys, read from its own files, through the real ESLint (10 and 9) and
// Oxlint CLIs on fixture projects (tests/fixtures/deployments/*): one per kind of file, a range, a
// setting that wins, a monorepo with two runtimes, a tag that is no version, and no deployment file.
// And ESLint's --cache: a changed compose file lints the files again.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/deployments');
const pluginRequire = createRequire(join(root, 'packages/eslint-plugin/package.json'));
const binOf = (req: NodeRequire, name: string) => join(dirname(req.resolve(`${name}/package.json`)), 'bin/eslint.js');
const eslintBins = {
  'ESLint 10': binOf(createRequire(join(root, 'package.json')), 'eslint'),
  'ESLint 9': binOf(pluginRequire, 'eslint-v9'),
};
const oxlintBin = join(dirname(createRequire(join(root, 'package.json')).resolve('oxlint/package.json')), 'bin/oxlint');

interface Result {
  readonly filePath: string;
  readonly messages: readonly { readonly line: number; readonly message: string }[];
}

/** Both CLIs exit 1 on errors; stdout is the JSON report, stderr what the plugin said once. */
async function cli(cwd: string, bin: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [bin, ...args], { cwd, maxBuffer: 1 << 26 }).catch((e: { stdout: string; stderr: string; code: number }) => {
    if (e.code !== 1) throw new Error(`${bin} ${args.join(' ')} exited ${e.code}: ${e.stderr}`);
    return e;
  });
}

async function eslint(bin: string, dir: string, ...args: string[]): Promise<{ findings: string[]; stderr: string }> {
  const { stdout, stderr } = await cli(dir, bin, ['--format', 'json', ...args, '.']);
  const results = JSON.parse(stdout) as Result[];
  return { findings: results.flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath)}:${m.line} ${m.message}`)).sort(), stderr };
}

async function oxlint(dir: string): Promise<string[]> {
  const { stdout } = await cli(dir, oxlintBin, ['--format', 'json']);
  const report = JSON.parse(stdout) as { diagnostics: { filename: string; message: string; labels: { span: { line: number } }[] }[] };
  return report.diagnostics.map((d) => `${d.filename}:${d.labels[0]!.span.line} ${d.message}`).sort();
}

// The same file in every fixture: a code sent up to 1.13, its 1.14 rename, and a code sent since 1.18.
const REMOVED = "src/pubsub.ts:3 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.";
const notYet = (by: string, file = 'src/pubsub.ts') => [
  `${file}:4 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; ${by}. That runtime sends 'ERR_TOPIC_EMPTY'.`,
  `${file}:5 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; ${by}.`,
];
const reserved = (by: string, file = 'src/pubsub.ts') => `${file}:5 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; ${by}.`;

const expected: Record<string, string[]> = {
  none: [REMOVED],
  compose: notYet('docker-compose.yml:7 runs daprd 1.13.6'),
  k8s: [REMOVED, reserved('k8s/publisher.yaml:11 runs daprd 1.16.4')],
  helm: [REMOVED, reserved('chart/Chart.yaml:6 depends on the dapr chart ~1.14.0')],
  workflow: notYet('.github/workflows/e2e.yml:12 installs Dapr 1.13.6'),
  range: [
    `src/pubsub.ts:3 'ERR_TOPIC_EMPTY' is not sent since Dapr v1.14.0 (last sent by v1.13.6); the configured version is ">=1.13 <1.15".`,
    `src/pubsub.ts:4 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is ">=1.13 <1.15". That runtime sends 'ERR_TOPIC_EMPTY'.`,
    reserved('the configured version is ">=1.13 <1.15"'),
  ],
  explicit: [REMOVED, reserved('the configured version is "1.14"')],
  'bad-tag': [REMOVED],
  monorepo: [
    ...notYet('services/legacy/docker-compose.yml:7 runs daprd 1.13.6', 'services/legacy/src/pubsub.ts'),
    REMOVED.replace('src/', 'services/orders/src/'),
    reserved('deploy/k8s/orders.yaml:11 runs daprd 1.16.4', 'services/orders/src/pubsub.ts'),
  ],
};
for (const list of Object.values(expected)) list.sort();

const BAD_TAG = '@dapr-codes: docker-compose.yml:7 runs daprd edge: "edge" is not a Dapr release; its version is not checked. Set settings.dapr.version to check against a version.';

// Every fixture through ESLint 10; through ESLint 9, those that differ in how the runtimes are found.
const fixturesFor = { 'ESLint 10': Object.keys(expected), 'ESLint 9': ['compose', 'bad-tag', 'monorepo'] };

describe.each(Object.entries(eslintBins))('%s', (label, bin) => {
  it.each(fixturesFor[label as keyof typeof fixturesFor])('checks %s against the runtimes it deploys', async (name) => {
    const { findings, stderr } = await eslint(bin, join(fixtures, name));
    expect(findings).toEqual(expected[name]);
    // A tag that is no version is said once, on stderr; nothing else is said.
    expect(stderr.split('\n').filter((l) => l.startsWith('@dapr-codes'))).toEqual(name === 'bad-tag' ? [BAD_TAG] : []);
  });

  it('gives each package of a monorepo its own runtimes with --concurrency too', async () => {
    expect((await eslint(bin, join(fixtures, 'monorepo'), '--concurrency=2')).findings).toEqual(expected['monorepo']);
  });

  it('carries the detected runtimes in the configuration (--print-config)', async () => {
    const { stdout } = await cli(join(fixtures, 'compose'), bin, ['--print-config', 'src/pubsub.ts']);
    const { settings } = JSON.parse(stdout) as { settings: { dapr: { deployments: { projects: { runtimes: unknown[] }[] } } } };
    expect(settings.dapr.deployments.projects[0]!.runtimes).toEqual([{ spec: '1.13.6', where: 'docker-compose.yml:7', says: 'docker-compose.yml:7 runs daprd 1.13.6' }]);
  });
});

describe('Oxlint', () => {
  // Oxlint has no cache: the rules read the deployment files themselves when the config has no snapshot.
  it.each(['none', 'compose', 'range', 'monorepo'])('checks %s against the runtimes it deploys', async (name) => {
    expect(await oxlint(join(fixtures, name))).toEqual(expected[name]);
  });
});

describe('eslint --cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'dapr-codes-cache-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A copy of the compose fixture that can change, finding the workspace's packages through node_modules. */
  function project(name: string, config?: string): string {
    const dir = join(scratch, name);
    cpSync(join(fixtures, 'compose'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    if (config) writeFileSync(join(dir, 'eslint.config.js'), config);
    return dir;
  }
  const upgrade = (dir: string) => {
    const compose = join(dir, 'docker-compose.yml');
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('1.13.6', '1.14.4'));
  };
  const after = [REMOVED, reserved('docker-compose.yml:7 runs daprd 1.14.4')].sort();

  it.each(Object.entries(eslintBins))('%s lints again when the compose file changes (the runtimes are part of the configuration)', async (label, bin) => {
    const dir = project(label.replace(' ', '-'));
    const cached = ['--cache', '--cache-location', join(dir, '.eslintcache')];
    expect((await eslint(bin, dir, ...cached)).findings).toEqual(expected['compose']);
    expect((await eslint(bin, dir, ...cached)).findings).toEqual(expected['compose']);
    upgrade(dir);
    expect((await eslint(bin, dir, ...cached)).findings).toEqual(after);
    expect((await eslint(bin, dir, ...cached, '--concurrency=2')).findings).toEqual(after);
  });

  it('a hand-written config without the plugin’s settings keeps stale results: what the snapshot is for', async () => {
    // The rules still find the runtimes (they read the files), but ESLint's cache key holds only the
    // file and the configuration, so a changed compose file goes unseen: the docs say to spread a config.
    const handWritten = [
      "import dapr from '@dapr-codes/eslint-plugin';",
      "import tsParser from '@typescript-eslint/parser';",
      "export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { '@dapr-codes': dapr }, rules: { '@dapr-codes/no-deprecated-code': 'error' } }];",
    ].join('\n');
    const dir = project('hand-written', handWritten);
    const cached = ['--cache', '--cache-location', join(dir, '.eslintcache')];
    expect((await eslint(eslintBins['ESLint 10'], dir, ...cached)).findings).toEqual(expected['compose']);
    upgrade(dir);
    expect((await eslint(eslintBins['ESLint 10'], dir, ...cached)).findings).toEqual(expected['compose']);
    expect((await eslint(eslintBins['ESLint 10'], dir)).findings).toEqual(after);
  });
});
