// `npm install` of the tsserver plugin in a TypeScript 7 project must succeed (issue 10, item 7): a peer
// on `typescript <7` would fail it with ERESOLVE in every such project, though the plugin never loads
// that TypeScript (tsserver hands a plugin its own). npm resolves peers from names and versions only, so
// TypeScript 7 is a stand-in manifest; our packages are the packed tarballs; nothing comes from the network.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

const run = promisify(execFile);

/** The editor package under test and the packages it depends on, all packed from the workspace. */
const PACKAGES = ['@dapr-codes/typescript-plugin', '@dapr-codes/catalog'];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dapr-codes-ts7-install-'));
  const typescript7 = join(dir, 'typescript-7');
  mkdirSync(typescript7);
  writeFileSync(join(typescript7, 'package.json'), JSON.stringify({ name: 'typescript', version: '7.0.2' }));
  const app = join(dir, 'app');
  mkdirSync(app);
  const tarballs = inject('tarballs');
  const devDependencies = { typescript: `file:${typescript7}`, ...Object.fromEntries(PACKAGES.map((name) => [name, `file:${tarballs[name]}`])) };
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ts7-app', version: '1.0.0', private: true, devDependencies }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('installs next to TypeScript 7 with npm, offline', async () => {
  const app = join(dir, 'app');
  await run('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--install-links'], { cwd: app, env: { ...process.env, npm_config_update_notifier: 'false' } });
  const version = (name: string) => (JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  expect(version('typescript')).toBe('7.0.2');
  expect(version('@dapr-codes/typescript-plugin')).toMatch(/^\d+\.\d+\.\d+/);
});
