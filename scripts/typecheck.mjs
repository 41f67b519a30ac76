#!/usr/bin/env node
// Type-checks every package with its tests and scripts, and the cross-package tests (type-level tests only fail here).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// tsconfig.scripts.json: a package's plain-JS scripts, checked through their JSDoc types.
const projects = [
  ...readdirSync(join(root, 'packages')).flatMap((name) => ['tsconfig.json', 'tsconfig.scripts.json'].map((file) => join(root, 'packages', name, file))),
  join(root, 'tests/tsconfig.json'),
];
for (const project of projects) {
  if (existsSync(project)) execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
}
