// A project installed the way a user's is: its own files, its third-party dependencies (installed for
// the fixture by the workspace's frozen lockfile), and our packages extracted from their packed tarballs
// into a real node_modules folder outside the repository. Nothing above it holds a node_modules, so a
// package that needs something it does not declare fails here as it would for the user.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface InstalledProject {
  readonly dir: string;
  remove(): void;
}

/** Top-level package names in a node_modules folder (`@scope/name` for scoped ones). */
function packageNames(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules)
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(nodeModules, n)).map((m) => `${n}/${m}`) : [n]));
}

function link(nodeModules: string, name: string, target: string): void {
  const at = join(nodeModules, name);
  if (existsSync(at)) return;
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(realpathSync(target), at, 'dir');
}

/** The workspace folder of one of our packages, where its own dependencies are installed. */
function workspaceDirOf(name: string): string {
  return join(root, 'packages', name.replace(/^@dapr-codes\//, ''));
}

/** Installs `project` (its files, minus node_modules) with `tarballs` (name → .tgz) into a new temporary folder. */
export function installLikeAUser(project: string, tarballs: Record<string, string>): InstalledProject {
  const dir = mkdtempSync(join(tmpdir(), `dapr-codes-${basename(project)}-`));
  cpSync(project, dir, { recursive: true, filter: (src) => basename(src) !== 'node_modules' });
  const nodeModules = join(dir, 'node_modules');
  mkdirSync(nodeModules, { recursive: true });
  for (const name of packageNames(join(project, 'node_modules'))) link(nodeModules, name, join(project, 'node_modules', name));
  for (const [name, tarball] of Object.entries(tarballs)) {
    const at = join(nodeModules, name);
    mkdirSync(at, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', at, '--strip-components=1']);
  }
  // Our packages' own third-party dependencies, as the package manager would add them.
  for (const name of Object.keys(tarballs)) {
    const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (!(dep in tarballs)) link(nodeModules, dep, join(workspaceDirOf(name), 'node_modules', dep));
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment of a user's shell: pnpm's command shims set NODE_PATH to the workspace's hoisted
 * packages, through which `require` would find what the installed project does not have.
 */
export const userEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env['NODE_PATH'];
  return env;
};

/** Whether `request` resolves from `fromDir` (a package's folder), as Node's `require` would. */
export function resolvesFrom(fromDir: string, request: string): boolean {
  try {
    execFileSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(request)}, { paths: [${JSON.stringify(fromDir)}] })`], { stdio: 'pipe', env: userEnv() });
    return true;
  } catch {
    return false;
  }
}
