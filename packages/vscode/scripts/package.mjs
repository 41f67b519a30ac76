#!/usr/bin/env node
// Builds the .vsix: `node scripts/package.mjs [--out <file.vsix>] [--target <platform> --bindings <folder>]`
// (default dist/dapr-codes-<version>[-<platform>].vsix). The language server's parser is a native binding per
// platform: without `--target` the .vsix is for this machine's; for another platform, `--bindings` is a
// folder holding that platform's binding as `npm pack` writes it (see the README's release steps).
// pnpm's symlinked node_modules defeat vsce's dependency walk, so the extension is staged in a temporary
// folder: the bundled extension (esbuild), the manifest, and the runtime packages (the tsserver plugin
// with its catalog, the language server when there is one) copied flat into node_modules; then
// `vsce package` runs there and finds them with `npm list`, which reads node_modules only (no network).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const dir = join(import.meta.dirname, '..');
const require = createRequire(join(dir, 'package.json'));
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const { values } = parseArgs({ options: { out: { type: 'string' }, target: { type: 'string' }, bindings: { type: 'string' } } });

/** vsce's platform targets, each with the suffix napi-rs gives the native binding built for it. */
const BINDING_SUFFIXES = {
  'linux-x64': 'linux-x64-gnu',
  'linux-arm64': 'linux-arm64-gnu',
  'linux-armhf': 'linux-arm-gnueabihf',
  'alpine-x64': 'linux-x64-musl',
  'alpine-arm64': 'linux-arm64-musl',
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64',
  'win32-x64': 'win32-x64-msvc',
  'win32-arm64': 'win32-arm64-msvc',
};

/** vsce's name for this machine (`linux-x64`, `darwin-arm64`, `alpine-x64`, ...). */
function thisTarget() {
  const musl = process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime;
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  return `${musl ? 'alpine' : process.platform}-${arch}`;
}

const target = values.target ?? thisTarget();
if (!Object.hasOwn(BINDING_SUFFIXES, target)) throw new Error(`--target ${target}: the .vsix is built for ${Object.keys(BINDING_SUFFIXES).join(', ')}`);
const out = values.out ?? join(dir, 'dist', `${manifest.name}-${manifest.version}${values.target ? `-${target}` : ''}.vsix`);
const repoRoot = join(dir, '../..');
const unpacked = mkdtempSync(join(tmpdir(), 'dapr-codes-vsix-bindings-'));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The real folder of package `name` as Node would find it from `fromDir` (node_modules upwards), if installed. */
function installedDir(name, fromDir) {
  for (let at = fromDir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return realpathSync(dirname(candidate));
    if (dirname(at) === at) return undefined;
  }
}

/**
 * The files a package publishes. Registry packages hold only those already; a workspace package lists
 * them in `files` (plain paths, and `!**\/*.ext` exclusions), as npm would pack them.
 */
function publishedFilter(pkgDir, pkg) {
  const inRegistryPackage = pkgDir.split(sep).includes('node_modules') || relative(repoRoot, pkgDir).startsWith('..');
  if (inRegistryPackage || !pkg.files) return (path) => !relative(pkgDir, path).split(sep).includes('node_modules');
  const included = [];
  const excludedSuffixes = [];
  for (const entry of pkg.files) {
    const exclusion = /^!\*\*\/\*(\.[\w.]+)$/.exec(entry);
    if (exclusion) excludedSuffixes.push(exclusion[1]);
    else if (/^[\w.@/-]+$/.test(entry)) included.push(entry.replace(/\/$/, ''));
    else throw new Error(`${pkg.name}: files entry "${entry}" is not supported by ${relative(process.cwd(), import.meta.filename)}`);
  }
  const always = ['package.json', 'README.md', 'LICENSE'];
  return (path) => {
    const rel = relative(pkgDir, path);
    if (rel === '') return true;
    if (excludedSuffixes.some((suffix) => rel.endsWith(suffix))) return false;
    const top = rel.split(sep)[0];
    return always.includes(rel) || included.includes(top) || included.some((inc) => rel.startsWith(`${inc}${sep}`) || inc.startsWith(`${rel}${sep}`));
  };
}

/**
 * A package's optional dependencies to stage: its native binding for the target (required), none of its
 * bindings for other platforms, and any other one where installed.
 */
function optionalsOf(pkg) {
  const names = Object.keys(pkg.optionalDependencies ?? {});
  const isBinding = (name) => Object.values(BINDING_SUFFIXES).some((suffix) => name.endsWith(`-${suffix}`));
  const bindings = names.filter(isBinding);
  const own = bindings.find((name) => name.endsWith(`-${BINDING_SUFFIXES[target]}`));
  if (bindings.length > 0 && own === undefined) throw new Error(`${pkg.name} has no native binding for ${target}`);
  return { binding: own, others: names.filter((name) => !isBinding(name)) };
}

/** The target's binding `name@version` from the `--bindings` folder: an `npm pack` tarball, or the package unpacked. */
function bindingFromFolder(name, version) {
  const hint = `npm pack ${name}@${version} --pack-destination <folder>, then --bindings <folder>`;
  if (!values.bindings) throw new Error(`${name} (the native binding for ${target}) is not installed here: ${hint}`);
  const tarball = join(values.bindings, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (existsSync(tarball)) {
    const into = mkdtempSync(join(unpacked, 'binding-'));
    execFileSync('tar', ['-xzf', tarball, '-C', into]);
    return join(into, 'package');
  }
  const folder = join(values.bindings, name);
  if (existsSync(join(folder, 'package.json'))) return folder;
  throw new Error(`${name}@${version} is not in ${values.bindings}: ${hint}`);
}

/**
 * Copies `names` and their production dependencies into `nodeModules` as npm would lay them out: at the
 * top when that name is free there or holds the same version, else inside the dependent's own
 * node_modules. Of optional dependencies, a native binding is the target's only (installed here, or
 * from `--bindings`); others are copied where installed. Returns the top level's name → version.
 */
function stagePackages(names, fromDir, nodeModules, top = new Map(), optional = new Set(), into = nodeModules, binding = undefined) {
  for (const name of names) {
    const pkgDir = installedDir(name, fromDir) ?? (name === binding?.name ? bindingFromFolder(name, binding.version) : undefined);
    if (pkgDir === undefined) {
      if (optional.has(name)) continue;
      throw new Error(`${name} is not installed for ${fromDir}: run pnpm install`);
    }
    const pkg = readJson(join(pkgDir, 'package.json'));
    if (name === binding?.name && pkg.version !== binding.version) throw new Error(`${name} is ${pkg.version}; ${binding.version} is needed`);
    const atTop = top.get(name);
    if (atTop === pkg.version) continue;
    const stagedDir = atTop === undefined ? join(nodeModules, name) : join(into, name);
    if (atTop === undefined) top.set(name, pkg.version);
    if (existsSync(stagedDir)) continue;
    cpSync(pkgDir, stagedDir, { recursive: true, filter: publishedFilter(pkgDir, pkg) });
    const optionals = optionalsOf(pkg);
    const own = optionals.binding && { name: optionals.binding, version: pkg.optionalDependencies[optionals.binding] };
    const next = [...Object.keys(pkg.dependencies ?? {}), ...(own ? [own.name] : []), ...optionals.others];
    stagePackages(next, pkgDir, nodeModules, top, new Set(optionals.others), join(stagedDir, 'node_modules'), own);
    writeFileSync(join(stagedDir, 'package.json'), `${JSON.stringify(withPinnedWorkspaceRanges(pkg, top), null, 2)}\n`);
  }
  return top;
}

/** Whether a staged package holds native code (`.node`): the .vsix then runs only on its target platform. */
function holdsNativeCode(nodeModules) {
  return readdirSync(nodeModules, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith('.node'));
}

/** `workspace:*` ranges become the staged versions, as `pnpm publish` does; npm reads no other. */
function withPinnedWorkspaceRanges(pkg, staged) {
  const pin = (deps) => deps && Object.fromEntries(Object.entries(deps).map(([name, range]) => [name, range.startsWith('workspace:') ? staged.get(name) : range]));
  return { ...pkg, dependencies: pin(pkg.dependencies) };
}

const stage = mkdtempSync(join(tmpdir(), 'dapr-codes-vsix-'));
try {
  await build({
    entryPoints: [join(dir, 'src/extension.ts')],
    outfile: join(stage, 'dist/extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const runtime = Object.keys(manifest.dependencies ?? {});
  const staged = stagePackages(runtime, dir, join(stage, 'node_modules'));
  // The workspace's build scripts and tools are no part of the extension.
  const published = Object.fromEntries(Object.entries(manifest).filter(([key]) => key !== 'scripts' && key !== 'devDependencies'));
  // Exact versions of what was staged, so that `npm list` (vsce's dependency walk) finds them all.
  published.dependencies = Object.fromEntries(runtime.map((name) => [name, staged.get(name)]));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  // vsce lists the CHANGELOG on the Marketplace page and in VS Code's extension view; the icon is the manifest's.
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', manifest.icon]) cpSync(join(dir, file), join(stage, file));
  // Types, source maps and build records are of no use inside the editor.
  writeFileSync(join(stage, '.vscodeignore'), ['**/*.map', '**/*.d.ts', '**/*.d.cts', '**/*.d.mts', '**/*.tsbuildinfo'].join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  const targetArgs = holdsNativeCode(join(stage, 'node_modules')) || values.target ? ['--target', target] : [];
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', ...targetArgs, '--dependencies', '--no-yarn', '--out', out], {
    cwd: stage,
    stdio: ['ignore', 'inherit', 'inherit'],
    // vsce runs `npm list`: it must not look for npm updates or anything else online.
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
  rmSync(unpacked, { recursive: true, force: true });
}
