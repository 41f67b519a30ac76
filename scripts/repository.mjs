#!/usr/bin/env node
// The repository's address is kept in one place, the root package.json's `repository.url`; every
// package's `repository`, `homepage` and `bugs` (and so the ESLint rules' `meta.docs.url`, which the
// plugin reads from its package.json) follow from it. When the repository moves, change that one field
// and run `node scripts/repository.mjs --write`; the packaging tests fail until every package agrees.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const GITHUB = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/;

/** `https://github.com/<owner>/<name>` from the root package.json; throws unless it has that shape. */
export function repositoryWebUrl() {
  const { url } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository ?? {};
  const m = GITHUB.exec(url ?? '');
  if (!m) throw new Error(`package.json: repository.url must look like git+https://github.com/<owner>/<name>.git, got ${JSON.stringify(url)}`);
  return `https://github.com/${m[1]}/${m[2]}`;
}

/** What the package in `packages/<name>` must say about where it comes from. */
export function repositoryFields(name) {
  const web = repositoryWebUrl();
  return {
    homepage: `${web}/tree/main/packages/${name}#readme`,
    repository: { type: 'git', url: `git+${web}.git`, directory: `packages/${name}` },
    bugs: { url: `${web}/issues` },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const write = process.argv.includes('--write');
  let stale = 0;
  for (const name of readdirSync(join(root, 'packages'))) {
    const file = join(root, 'packages', name, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    // Every package that names its repository: the published ones (the packaging tests require it) and
    // the VS Code extension (vsce reads it); a private one without it (the site) is left alone.
    if (manifest.private && !manifest.repository) continue;
    const fields = repositoryFields(name);
    if (Object.entries(fields).every(([key, value]) => JSON.stringify(manifest[key]) === JSON.stringify(value))) continue;
    stale++;
    console.log(`${write ? 'updated' : 'differs'}: packages/${name}/package.json`);
    if (write) writeFileSync(file, `${JSON.stringify({ ...manifest, ...fields }, null, 2)}\n`);
  }
  if (stale > 0 && !write) process.exitCode = 1;
}
