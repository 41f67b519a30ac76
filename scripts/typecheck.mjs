#!/usr/bin/env node
// Type-checks every package with its tests (the type-level tests only fail here, not in vitest).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
for (const name of readdirSync(join(root, 'packages'))) {
  const project = join(root, 'packages', name, 'tsconfig.json');
  if (existsSync(project)) execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
}
