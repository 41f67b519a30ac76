// The release flow writes every package's CHANGELOG.md (the VS Code extension's too): `changeset version`
// (`pnpm run version-packages`, docs/releasing.md) run on a copy of the workspace's manifests, changesets
// and changelogs, with one changeset of the test's own besides whatever is pending.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const changeset = join(dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')), 'bin.js');
const manifestOf = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, 'packages', name, 'package.json'), 'utf8')) as { name: string; version: string };
const { ignore } = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as { ignore: string[] };
/** The packages a release versions: all but those changesets ignores (the reference site). */
const names = readdirSync(join(root, 'packages')).filter((name) => !ignore.includes(manifestOf(root, name).name));

let copy: string;
beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'dapr-codes-release-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(copy, file));
  cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const name of readdirSync(join(root, 'packages'))) {
    mkdirSync(join(copy, 'packages', name), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) if (names.includes(name) || file === 'package.json') cpSync(join(root, 'packages', name, file), join(copy, 'packages', name, file));
  }
  writeFileSync(join(copy, '.changeset/test-entry.md'), `---\n'@dapr-codes/catalog': patch\n'dapr-codes': patch\n---\n\nAn entry written by the release-flow test.\n`);
  await run(process.execPath, [changeset, 'version'], { cwd: copy });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it.each(names)('packages/%s/CHANGELOG.md gets a section for the new version', (name) => {
  const { name: pkg, version } = manifestOf(copy, name);
  expect(version).not.toBe(manifestOf(root, name).version);
  const changelog = readFileSync(join(copy, 'packages', name, 'CHANGELOG.md'), 'utf8');
  expect(changelog.startsWith(`# ${pkg}\n\n## ${version}\n`)).toBe(true);
  if (name === 'catalog' || name === 'vscode') expect(changelog).toContain('- An entry written by the release-flow test.');
});

it('every package has a CHANGELOG.md to write into, starting with its name', () => {
  for (const name of names) expect(readFileSync(join(root, 'packages', name, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^# ${manifestOf(root, name).name}\\n`));
});
