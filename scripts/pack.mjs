#!/usr/bin/env node
// Packs every publishable workspace package into a tarball, the way `pnpm publish` would (workspace:*
// ranges rewritten to versions): what the packaging and lint-setup tests install, and what a release
// publishes. Run directly, it builds first and writes the tarballs to .packs/.
//   node scripts/pack.mjs [destination]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..');
// pnpm's exports map hides its bin: resolve the package, then the bin beside it.
const pnpm = join(dirname(createRequire(import.meta.url).resolve('pnpm')), 'bin/pnpm.cjs');

/** The workspace packages that are published: every `packages/*` that is not private. */
export function publishablePackages() {
  return readdirSync(join(root, 'packages'))
    .map((name) => {
      const dir = join(root, 'packages', name);
      try {
        return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
      } catch {
        return undefined;
      }
    })
    .filter((p) => p && !p.manifest.private);
}

/**
 * Packs each publishable package into `destination` and returns `{ [name]: tarballPath }`. Packages are
 * packed from their built `dist/` (their `prepack` builds, which a release runs; here the caller has built
 * the workspace already, and rebuilding under running tests would pull `dist/` from under them).
 */
export function packAll(destination) {
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const tarballs = {};
  for (const { dir, manifest } of publishablePackages()) {
    const out = execFileSync(process.execPath, [pnpm, '--config.ignore-scripts=true', 'pack', '--json', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' });
    tarballs[manifest.name] = resolve(dir, JSON.parse(out).filename);
  }
  return tarballs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const tarballs = packAll(resolve(process.argv[2] ?? join(root, '.packs')));
  for (const [name, file] of Object.entries(tarballs)) console.log(`${name}: ${file}`);
}
