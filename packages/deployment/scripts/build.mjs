#!/usr/bin/env node
// Builds ESM (dist/esm) for ESLint and the language server, and CommonJS (dist/cjs) for tsserver,
// which `require`s its plugins.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(join(dir, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(dir, project)], { stdio: 'inherit' });
}
mkdirSync(join(dir, 'dist/cjs'), { recursive: true });
writeFileSync(join(dir, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');
