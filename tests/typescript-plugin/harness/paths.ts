// Where things are, for the end-to-end tests: the repository, the fixtures, the two TypeScript versions.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO_ROOT, 'tests/typescript-plugin/fixtures');
export const PLUGIN_NAME = '@dapr-codes/typescript-plugin';
const PLUGIN_DIR = join(REPO_ROOT, 'packages/typescript-plugin');

const fromPlugin = createRequire(join(PLUGIN_DIR, 'package.json'));

export interface TypeScriptUnderTest {
  readonly label: string;
  /** The exact version, as TypeScript reports it (`ts.version`). */
  readonly version: string;
  /** The directory holding tsserver.js. */
  readonly libDir: string;
  readonly tsserver: string;
}

function typescript(label: string, pkg: string): TypeScriptUnderTest {
  const tsserver = fromPlugin.resolve(`${pkg}/lib/tsserver.js`);
  const { version } = fromPlugin(`${pkg}/package.json`) as { version: string };
  return { label, version, libDir: dirname(tsserver), tsserver };
}

/** The JavaScript tsservers the plugin supports and is tested on. */
export const TYPESCRIPTS: readonly TypeScriptUnderTest[] = [typescript('TypeScript 6.0', 'typescript'), typescript('TypeScript 5.9', 'typescript-5.9')];

export const LANGUAGE_SERVER_CLI = fromPlugin.resolve('typescript-language-server/lib/cli.mjs');

function newestMtime(dir: string): number {
  return Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(dir, f)).mtimeMs));
}

/** tsserver loads the built plugin: fail with the fix instead of testing stale code. */
export function assertPluginBuilt(): void {
  const dist = join(PLUGIN_DIR, 'dist');
  let built = 0;
  try {
    built = statSync(join(dist, 'index.js')).mtimeMs;
  } catch {
    // not built at all
  }
  if (built === 0 || newestMtime(join(PLUGIN_DIR, 'src')) > built) {
    throw new Error('packages/typescript-plugin/dist is missing or older than src: run `node packages/typescript-plugin/scripts/build.mjs`.');
  }
}
