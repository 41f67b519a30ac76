// Real code that uses Dapr, for the benchmarks: Dapr's own JavaScript SDK from the npm registry
// (installed once into .bench/corpus, which the eslint-plugin benches share), or any folder given on
// the command line. Never a path of one machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

export const DAPR_SDK = '@dapr/dapr@3.18.0';
const root = join(import.meta.dirname, '../..');

/** The SDK's folder in .bench/corpus, installed from the registry on first use. */
export function daprSdk() {
  const dir = join(root, '.bench/corpus');
  const sdk = join(dir, 'node_modules/@dapr/dapr');
  if (!existsSync(sdk)) {
    mkdirSync(dir, { recursive: true });
    console.log(`installing ${DAPR_SDK} from the registry into .bench/corpus ...`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', dir, DAPR_SDK], { stdio: 'inherit' });
  }
  return sdk;
}

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATIONS = /\.d\.[cm]?ts$/;

/** The JS/TS source files under `dir` (no declarations, nothing under node_modules), in path order. */
export function sourceFiles(dir) {
  const walk = (at) =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return entry.isFile() && SOURCE.test(entry.name) && !DECLARATIONS.test(entry.name) ? [path] : [];
    });
  return walk(dir).sort((a, b) => (relative(dir, a) < relative(dir, b) ? -1 : 1));
}

/** `--corpus <dir>` if given, else the SDK: the folder, a label and its first `count` source files in path order. */
export function realFiles(corpus, count) {
  const dir = corpus ? resolve(corpus) : daprSdk();
  const files = sourceFiles(dir).slice(0, count);
  if (files.length === 0) throw new Error(`no .js/.ts source files under ${dir}`);
  return { dir, label: corpus ? basename(dir) : DAPR_SDK, files };
}
