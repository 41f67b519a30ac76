// Project roots: a folder with a package.json or a .git. A file belongs to the nearest root above it; its
// versions are looked for in that root first, then in the roots above it, up to the repository's top.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const WORKSPACE_MARKERS = ['pnpm-workspace.yaml', 'lerna.json', 'nx.json', 'turbo.json', 'rush.json'];

export function isRoot(dir: string): boolean {
  return existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git'));
}

/** A folder that holds the packages below it: a repository's top, or a workspace's root. */
function isTop(dir: string): boolean {
  if (existsSync(join(dir, '.git')) || WORKSPACE_MARKERS.some((m) => existsSync(join(dir, m)))) return true;
  try {
    return 'workspaces' in (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as object);
  } catch {
    return false;
  }
}

/**
 * The roots from `dir` up, nearest first, ending at the repository's top (or a workspace root). Without
 * either above, only the nearest root: a stray package.json in a home folder is not the project.
 */
export function rootChain(dir: string): string[] {
  const chain: string[] = [];
  const home = homedir();
  for (let at = dir; ; at = dirname(at)) {
    if (at === home && chain.length > 0) break;
    if (isRoot(at)) {
      chain.push(at);
      if (isTop(at)) return chain;
    }
    if (dirname(at) === at) break;
  }
  return chain.slice(0, 1);
}
