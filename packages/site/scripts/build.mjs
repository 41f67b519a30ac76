#!/usr/bin/env node
// Builds the site into dist/www: compiles src/ (dist/lib), bundles the browser scripts with esbuild
// (ESLint's Linter, the plugin and the catalog, oxc's WebAssembly parser beside them), copies the
// stylesheet and renders every page from the catalog and the Markdown sources.
//   node scripts/build.mjs [--out <dir>]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const dir = join(import.meta.dirname, '..');
const root = join(dir, '../..');
const require = createRequire(join(dir, 'package.json'));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(dir, 'dist/www'));

const tsc = require.resolve('typescript/bin/tsc');
rmSync(join(dir, 'dist/lib'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.build.json')], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

// The plugin reads its name, version and repository from package.json through createRequire (node:module); in the
// browser bundle that read is answered at build time. ESLint's Linter uses a few node:path helpers,
// for which pathe (node:path for browsers) stands in.
const pluginManifest = JSON.parse(readFileSync(require.resolve('@dapr-codes/eslint-plugin/package.json'), 'utf8'));
const nodeModuleShim = {
  name: 'node-module-shim',
  setup(build) {
    build.onResolve({ filter: /^node:module$/ }, () => ({ path: 'node:module', namespace: 'shim' }));
    build.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
      contents: `export const createRequire = () => () => (${JSON.stringify({ name: pluginManifest.name, version: pluginManifest.version, repository: pluginManifest.repository })});`,
      loader: 'js',
    }));
  },
};
const { build } = await import(require.resolve('esbuild'));
await build({
  entryPoints: { search: join(dir, 'src/browser/search.ts'), playground: join(dir, 'src/browser/playground.ts') },
  outdir: join(out, 'assets'),
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  alias: { 'node:path': 'pathe' },
  // ESLint's rule timing reads process.env.TIMING without checking for `process`.
  define: { 'process.env.TIMING': 'undefined' },
  plugins: [nodeModuleShim],
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(require.resolve('oxc-parser/wasm'), join(out, 'assets/oxc-parser.wasm'));
copyFileSync(join(dir, 'src/assets/site.css'), join(out, 'assets/site.css'));

const { readSources, renderSite, writeSite } = await import(join(dir, 'dist/lib/generate.js'));
const files = renderSite(readSources(root));
writeSite(out, files);
console.log(`Site: ${files.size} pages in ${out}`);
