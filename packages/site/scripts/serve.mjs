#!/usr/bin/env node
// Serves the built site (dist/www, from `pnpm docs:build`) on http://127.0.0.1:<port>/.
//   node scripts/serve.mjs [--port 4173] [--dir <built site>]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const dir = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, dir: { type: 'string' } } });
const root = resolve(values.dir ?? join(dir, 'dist/www'));
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}
if (!existsSync(join(root, 'index.html')) || !existsSync(join(dir, 'dist/lib/serve.js'))) {
  console.error(`No built site in ${root}: run \`npx pnpm@10 run docs:build\` first.`);
  process.exit(2);
}
const { serveSite } = await import(join(dir, 'dist/lib/serve.js'));
try {
  const { url } = await serveSite(root, port);
  console.log(`Serving ${root} at ${url} (Ctrl+C stops)`);
} catch (error) {
  console.error(`Cannot serve on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
