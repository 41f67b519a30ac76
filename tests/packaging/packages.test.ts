// The tarballs a release publishes: what is in them, and what publint and arethetypeswrong say of them.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { describe, expect, inject, it } from 'vitest';
import { publishablePackages, root } from '../../scripts/pack.mjs';
import { repositoryFields, repositoryWebUrl } from '../../scripts/repository.mjs';

const run = promisify(execFile);
const attw = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
const packages = publishablePackages();
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

interface Problem {
  readonly kind: string;
  readonly resolutionKind?: string;
  readonly entrypoint?: string;
}

async function entries(tarball: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', tarball]);
  return stdout.split('\n').filter(Boolean).map((p) => p.replace(/^package\//, ''));
}

async function fileIn(tarball: string, path: string): Promise<string> {
  const { stdout } = await run('tar', ['-xzOf', tarball, `package/${path}`], { maxBuffer: 1 << 26 });
  return stdout;
}

it('packs every published package', () => {
  expect(Object.keys(inject('tarballs')).sort()).toEqual(packages.map((p) => p.manifest.name).sort());
  expect(packages.length).toBeGreaterThanOrEqual(3);
});

it('versions every package together, the VS Code extension included (changesets `fixed`, private packages versioned)', () => {
  const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as { fixed: string[][]; ignore: string[]; access: string; privatePackages: { version: boolean } };
  const all = readdirSync(join(root, 'packages')).map((name) => (JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { name: string }).name);
  // The reference site is a web site, not a release: it has no version of its own.
  expect(config.ignore).toEqual(['@dapr-codes/site']);
  expect(config.fixed.map((group) => [...group].sort())).toEqual([all.filter((name) => !config.ignore.includes(name)).sort()]);
  expect(config.privatePackages.version).toBe(true);
  expect(config.access).toBe('public');
});

it('keeps the repository address in one place, the root package.json, in the shape the links need', () => {
  expect(repositoryWebUrl()).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  // The VS Code extension is not published to npm but names its repository too (vsce reads it).
  const vscode = JSON.parse(readFileSync(join(root, 'packages/vscode/package.json'), 'utf8')) as Record<string, unknown>;
  expect({ homepage: vscode['homepage'], repository: vscode['repository'], bugs: vscode['bugs'] }).toEqual(repositoryFields('vscode'));
});

describe.each(packages.map((p) => [p.manifest.name, p] as const))('%s', (name, { dir, manifest }) => {
  const tarball = () => inject('tarballs')[name]!;

  it('builds before it is packed, and says where it comes from', () => {
    expect((manifest['scripts'] as Record<string, string>)['prepack']).toBe('node scripts/build.mjs');
    // From the root package.json's repository, the one place to change when the repository moves.
    const { repository, bugs, homepage } = repositoryFields(basename(dir));
    expect(manifest['repository']).toEqual(repository);
    expect(manifest['bugs']).toEqual(bugs);
    expect(manifest['homepage']).toBe(homepage);
    expect(manifest['license']).toBe('MIT');
  });

  it('holds the built code, README and LICENSE, and no tests or sources', async () => {
    const files = await entries(tarball());
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']));
    expect(await fileIn(tarball(), 'CHANGELOG.md')).toMatch(new RegExp(`^# ${name}\\n`));
    expect(files.some((f) => f.startsWith('dist/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => /^(?:src|test|bench|scripts)\//.test(f) || f.endsWith('.tsbuildinfo'))).toEqual([]);
    expect(await fileIn(tarball(), 'LICENSE')).toBe(license);
  });

  it('names published versions, never workspace ranges', async () => {
    const packed = JSON.parse(await fileIn(tarball(), 'package.json')) as Record<string, Record<string, string> | undefined>;
    const ranges = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => Object.values(packed[k] ?? {}));
    expect(ranges.filter((r) => r.startsWith('workspace:'))).toEqual([]);
    expect(packed['devDependencies']).toBeDefined(); // kept, as npm keeps them; never installed for users
  });

  it('publint finds nothing, suggestions included', async () => {
    const buffer = readFileSync(tarball());
    const { messages } = await publint({ pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) }, level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  });

  it('arethetypeswrong finds no type-resolution problem', async () => {
    // The ESLint plugin and the language server are ESM only: `require()` of them works on the Node versions they support
    // (20.19+, require(esm)), which attw does not model; the lint-setups tests load it from CJS configs.
    // Their subpath exports (`/hosts`, `/server`) are for the same Node versions and for TypeScript's
    // node16/bundler resolution; `node10` resolution predates `exports` and finds no subpath at all.
    const esm = manifest['type'] === 'module';
    const ignored = (p: Problem) => esm && (p.kind === 'CJSResolvesToESM' || (p.kind === 'NoResolution' && p.resolutionKind === 'node10' && p.entrypoint !== '.'));
    const { stdout } = await run(process.execPath, [attw, tarball(), '--format', 'json']).catch((e: { stdout: string }) => e);
    const { analysis } = JSON.parse(stdout) as { analysis: { problems: Problem[] } };
    expect(analysis.problems.filter((p) => !ignored(p))).toEqual([]);
  });
});
