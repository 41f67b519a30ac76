// `npm install` of our packages next to the tools users have must succeed: a peer range that leaves out
// the user's TypeScript or ESLint fails it with ERESOLVE (or, against a local stand-in, makes npm swap the
// user's version for one from its cache). npm resolves peers from names and versions only, so the user's
// tools are stand-in manifests; our packages are the packed tarballs; nothing comes from the network.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, inject, it } from 'vitest';

const run = promisify(execFile);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Installs `ours` (packed) into a new project whose other devDependencies are stand-ins (name → version);
 * returns the version of each package as installed.
 */
async function npmInstall(standIns: Record<string, string>, ours: readonly string[]): Promise<(name: string) => string> {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-peer-ranges-'));
  dirs.push(dir);
  const tarballs = inject('tarballs');
  const devDependencies: Record<string, string> = Object.fromEntries(ours.map((name) => [name, `file:${tarballs[name]}`]));
  for (const [name, version] of Object.entries(standIns)) {
    const standIn = join(dir, 'stand-ins', name);
    mkdirSync(standIn, { recursive: true });
    writeFileSync(join(standIn, 'package.json'), JSON.stringify({ name, version }));
    devDependencies[name] = `file:${standIn}`;
  }
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, devDependencies }));
  await run('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--install-links'], { cwd: app, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return (name) => (JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A package's third-party dependencies as stand-ins (at the lowest version of their range): npm needs nothing from the registry. */
function thirdPartyOf(pkg: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages', pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const thirdParty = Object.entries(manifest.dependencies).filter(([name]) => !name.startsWith('@dapr-codes/'));
  return Object.fromEntries(thirdParty.map(([name, range]) => [name, range.replace(/^[\^~]/, '')]));
}

it('the tsserver plugin installs next to TypeScript 7 with npm, offline', async () => {
  // The plugin never loads a `typescript` of its own (tsserver hands it one): it has no peer on it.
  const version = await npmInstall({ typescript: '7.0.2', ...thirdPartyOf('deployment') }, ['@dapr-codes/typescript-plugin', '@dapr-codes/deployment', '@dapr-codes/catalog']);
  expect(version('typescript')).toBe('7.0.2');
  expect(version('@dapr-codes/typescript-plugin')).toMatch(/^\d+\.\d+\.\d+/);
});

it('the ESLint plugin installs next to ESLint 8.57 with npm, offline', async () => {
  // The plugin's third-party dependencies are stand-ins too (at the lowest version of their range), so
  // that npm needs nothing from the registry.
  const version = await npmInstall({ eslint: '8.57.1', ...thirdPartyOf('eslint-plugin'), ...thirdPartyOf('deployment') }, ['@dapr-codes/eslint-plugin', '@dapr-codes/deployment', '@dapr-codes/catalog']);
  expect(version('eslint')).toBe('8.57.1');
  expect(version('@dapr-codes/eslint-plugin')).toMatch(/^\d+\.\d+\.\d+/);
});
