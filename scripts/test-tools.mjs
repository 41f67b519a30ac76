#!/usr/bin/env node
// Installs what the editor tests drive besides the workspace's own packages, so that `pnpm test` passes
// on a fresh machine (the tests themselves use no network):
// - Debian's chromium (a real VS Code, code-server, is driven in it by playwright-core), neovim (the
//   headless Neovim test), and libkrb5-dev (code-server's install builds the `kerberos` addon);
// - pinned npm tools, outside the repository in a cache folder: code-server, and the Node 24 that runs it
//   (code-server 4.139 declares Node 24; the project itself stays on the machine's Node).
//   The language server's raw-transfer test runs the built server under that Node 24 too.
// What is there already is kept: a second run installs nothing.
//   node scripts/test-tools.mjs        install what is missing
// DAPR_CODES_TEST_TOOLS names another cache folder (default: $XDG_CACHE_HOME or ~/.cache, then dapr-codes/test-tools).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_24_VERSION = '24.22.3';
/** Debian packages and the file each one brings. */
export const APT_PACKAGES = { chromium: '/usr/bin/chromium', neovim: '/usr/bin/nvim', 'libkrb5-dev': '/usr/include/krb5.h' };

const NODE_PACKAGE = `node-${process.platform}-${process.arch}`;

export function toolsDir() {
  return process.env.DAPR_CODES_TEST_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dapr-codes', 'test-tools');
}

function paths() {
  const node24 = join(toolsDir(), `node-${NODE_24_VERSION}`);
  const codeServer = join(toolsDir(), `code-server-${CODE_SERVER_VERSION}`);
  return {
    node24Dir: node24,
    node24Home: join(node24, 'node_modules', NODE_PACKAGE),
    codeServerDir: codeServer,
    codeServerEntry: join(codeServer, 'node_modules/code-server/out/node/entry.js'),
  };
}

/** Where the tests find each tool; throws with the command that installs it when one is missing. */
export function testTools() {
  const { node24Dir, node24Home, codeServerDir, codeServerEntry } = paths();
  const tools = { node24: join(node24Home, 'bin/node'), codeServer: codeServerEntry, chromium: APT_PACKAGES.chromium, nvim: APT_PACKAGES.neovim };
  const missing = [
    ...Object.entries(APT_PACKAGES).filter(([, file]) => !existsSync(file)).map(([name]) => `Debian's ${name}`),
    ...(existsSync(join(node24Dir, '.complete')) ? [] : [`Node ${NODE_24_VERSION}`]),
    ...(existsSync(join(codeServerDir, '.complete')) ? [] : [`code-server ${CODE_SERVER_VERSION}`]),
  ];
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not installed: run node scripts/test-tools.mjs (pnpm test runs it first)`);
  return tools;
}

/** The Node 24 binary alone (the raw-transfer test and bench): installed into the cache folder on first use. */
export function installNode24() {
  const { node24Dir, node24Home } = paths();
  npmInstall(node24Dir, { dependencies: { [NODE_PACKAGE]: NODE_24_VERSION } }, {});
  return join(node24Home, 'bin/node');
}

/** The installed Node 24 binary; throws with the command that installs it when it is missing. */
export function node24Binary() {
  const { node24Dir, node24Home } = paths();
  if (!existsSync(join(node24Dir, '.complete'))) throw new Error(`Node ${NODE_24_VERSION} not installed: run node scripts/test-tools.mjs (pnpm test runs it first)`);
  return join(node24Home, 'bin/node');
}

function installAptPackages() {
  const missing = Object.entries(APT_PACKAGES).filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`The editor tests need Debian's ${missing.join(', ')}: sudo sh -c '${command}'`);
  console.log(`test-tools: ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

/**
 * The environment without what the package manager running this script set for it (`pnpm test`):
 * npm reads `npm_config_user_agent` as its own config, and code-server's install reads the Node
 * version from it ("node/v20"), so it must be npm's own.
 */
function ownEnvironment() {
  const runBy = /^npm_(?:config_user_agent|execpath|node_execpath|lifecycle_|package_)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !runBy.test(key)));
}

/** `npm install` of `manifest` into `dir`, built in a temporary folder and moved in once it succeeded. */
function npmInstall(dir, manifest, env) {
  if (existsSync(join(dir, '.complete'))) return;
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ private: true, ...manifest }, null, 2)}\n`);
  console.log(`test-tools: npm install ${Object.entries(manifest.dependencies).map(([name, version]) => `${name}@${version}`).join(' ')} into ${dir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: staging, stdio: 'inherit', env: { ...ownEnvironment(), npm_config_update_notifier: 'false', ...env } });
  writeFileSync(join(staging, '.complete'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

export function installTestTools() {
  installAptPackages();
  const { node24Home, codeServerDir } = paths();
  installNode24();
  // code-server's postinstall checks that npm runs on Node 24 and builds native addons against it: npm
  // runs on the Node 24 binary, with that Node's headers. npm 11 runs dependencies' install scripts only
  // where `allowScripts` names them. code-server pins its own dependencies (npm-shrinkwrap.json).
  const node24Bin = join(node24Home, 'bin');
  npmInstall(
    codeServerDir,
    { dependencies: { 'code-server': CODE_SERVER_VERSION }, allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true } },
    { PATH: `${node24Bin}:${process.env.PATH}`, npm_config_nodedir: node24Home },
  );
  return testTools();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const tools = installTestTools();
    console.log(`test-tools: ready (code-server ${CODE_SERVER_VERSION} on Node ${NODE_24_VERSION}, in ${toolsDir()}; ${tools.chromium}; ${tools.nvim})`);
  } catch (error) {
    console.error(`test-tools: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
