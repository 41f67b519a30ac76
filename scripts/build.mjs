#!/usr/bin/env node
// Builds the workspace packages in dependency order (the catalog first), without needing pnpm on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const order = ['catalog', 'deployment', 'eslint-plugin', 'typescript-plugin', 'language-server', 'site'];
for (const name of order) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const script = pkg.scripts?.build;
  if (!script) continue;
  const [cmd, ...args] = script.split(' ');
  if (cmd !== 'node') throw new Error(`${pkg.name}: build script must be "node <script>" (got "${script}")`);
  execFileSync(process.execPath, args, { cwd: dir, stdio: 'inherit' });
}
