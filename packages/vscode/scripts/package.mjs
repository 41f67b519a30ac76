#!/usr/bin/env node
// Builds the .vsix: `node scripts/package.mjs [--out <file.vsix>]` (default dist/dapr-codes-<version>.vsix).
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
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(dir, 'dist', `${manifest.name}-${manifest.version}.vsix`);

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
  const inRegistryPackage = pkgDir.split(sep).includes('node_modules');
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
 * Copies `names` and their production dependencies into `nodeModules` as npm would lay them out: at the
 * top when that name is free there or holds the same version, else inside the dependent's own
 * node_modules. Optional dependencies are copied where installed: the package manager installs only this
 * machine's native binding of a package such as oxc-parser. Returns the top level's name → version.
 */
function stagePackages(names, fromDir, nodeModules, top = new Map(), optional = new Set(), into = nodeModules) {
  for (const name of names) {
    const pkgDir = installedDir(name, fromDir);
    if (pkgDir === undefined) {
      if (optional.has(name)) continue;
      throw new Error(`${name} is not installed for ${fromDir}: run pnpm install`);
    }
    const pkg = readJson(join(pkgDir, 'package.json'));
    const atTop = top.get(name);
    if (atTop === pkg.version) continue;
    const target = atTop === undefined ? join(nodeModules, name) : join(into, name);
    if (atTop === undefined) top.set(name, pkg.version);
    if (existsSync(target)) continue;
    cpSync(pkgDir, target, { recursive: true, filter: publishedFilter(pkgDir, pkg) });
    const optionals = Object.keys(pkg.optionalDependencies ?? {});
    stagePackages([...Object.keys(pkg.dependencies ?? {}), ...optionals], pkgDir, nodeModules, top, new Set(optionals), join(target, 'node_modules'));
    writeFileSync(join(target, 'package.json'), `${JSON.stringify(withPinnedWorkspaceRanges(pkg, top), null, 2)}\n`);
  }
  return top;
}

/** vsce's name for this machine (`linux-x64`, `darwin-arm64`, `alpine-x64`, ...). */
function thisTarget() {
  const musl = process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime;
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  return `${musl ? 'alpine' : process.platform}-${arch}`;
}

/** Whether a staged package holds native code (`.node`): the .vsix then runs only on this platform. */
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
  for (const file of ['README.md', 'LICENSE']) cpSync(join(dir, file), join(stage, file));
  // Types, source maps and build records are of no use inside the editor.
  writeFileSync(join(stage, '.vscodeignore'), ['**/*.map', '**/*.d.ts', '**/*.d.cts', '**/*.d.mts', '**/*.tsbuildinfo'].join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  const target = holdsNativeCode(join(stage, 'node_modules')) ? ['--target', thisTarget()] : [];
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', ...target, '--dependencies', '--no-yarn', '--out', out], {
    cwd: stage,
    stdio: ['ignore', 'inherit', 'inherit'],
    // vsce runs `npm list`: it must not look for npm updates or anything else online.
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
