// The files of one root that may state a Dapr version, found by a bounded walk: node_modules, build output,
// folders the root's .gitignore ignores and nested roots (their own packages) are skipped.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isRoot } from './roots.js';

export type FileKind = 'yaml' | 'script' | 'package' | 'source';

export interface Candidate {
  readonly path: string;
  readonly kind: FileKind;
}

export interface Limits {
  /** Folders visited per root. */
  readonly maxDirs: number;
  /** Files read per root (env files included). */
  readonly maxFiles: number;
  /** Bytes read of one file. */
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxDirs: 2_000, maxFiles: 400, maxBytes: 256 * 1024 };

const SKIPPED = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'vendor', 'target', 'bin', 'obj', 'tmp', 'temp', '__pycache__', 'venv', 'bower_components', 'jspm_packages']);
// Dot-folders are skipped except those that hold CI or dev-container definitions.
const DOT_FOLDERS = new Set(['.github', '.gitlab', '.circleci', '.buildkite', '.azure-pipelines', '.pipelines', '.devcontainer', '.dapr']);
const SCRIPT = /\.(?:sh|bash|zsh|ps1|mk)$|^(?:GNUmakefile|[Mm]akefile|[Jj]ustfile)$|^Dockerfile|\.[Dd]ockerfile$/;
const SOURCE = /\.[cm]?[jt]sx?$/;
// Testcontainers live in test setup: a setup or containers file, or a test of an e2e or integration suite
// (unit tests, which are most test files, do not start containers).
const TEST_PATH = /(?:^|[\\/._-])(?:e2e|it|integration|setup|global-?setup|containers?|testcontainers?)(?:[\\/._-]|$)/i;

export function kindOf(name: string, rel: string, atRoot: boolean): FileKind | undefined {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (SCRIPT.test(name)) return 'script';
  if (name === 'package.json') return atRoot ? 'package' : undefined;
  if (SOURCE.test(name) && !name.endsWith('.d.ts') && TEST_PATH.test(rel)) return 'source';
  return undefined;
}

function gitignoreOf(root: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(join(root, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

const LIKELY = /(?:^|[\\/])(?:(?:docker-)?compose[\w.-]*\.ya?ml|Chart\.ya?ml|values[\w.-]*\.ya?ml)$|[\\/]\.github[\\/]workflows[\\/]|[\\/](?:k8s|kubernetes|deploy|deployments?|manifests|charts?|helm)[\\/]/i;

/** Files that most often state the version first, so that the file limit leaves out the least likely ones. */
function priority(candidate: Candidate): number {
  const kind = { yaml: 1, script: 2, package: 2, source: 3 }[candidate.kind];
  return candidate.kind === 'yaml' && LIKELY.test(candidate.path) ? 0 : kind;
}

export interface WalkResult {
  readonly candidates: Candidate[];
  readonly dirs: number;
  /** The folder limit stopped the walk. */
  readonly truncated: boolean;
}

/** The candidate files of `root`'s own area, sorted so that deployment files come before test sources. */
export function walkRoot(root: string, limits: Limits = DEFAULT_LIMITS): WalkResult {
  const ignored = gitignoreOf(root);
  const candidates: Candidate[] = [];
  const queue = [root];
  let dirs = 0;
  let truncated = false;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (++dirs > limits.maxDirs) {
      truncated = true;
      break;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (SKIPPED.has(entry.name) || (entry.name.startsWith('.') && !DOT_FOLDERS.has(entry.name))) continue;
        if (ignored?.ignores(`${rel}/`) || isRoot(path)) continue;
        queue.push(path);
      } else if (entry.isFile()) {
        const kind = kindOf(entry.name, rel, dir === root);
        if (kind && !ignored?.ignores(rel)) candidates.push({ path, kind });
      }
    }
  }
  candidates.sort((a, b) => priority(a) - priority(b));
  return { candidates, dirs, truncated };
}

/** The roots at or below `dir` (nested packages of a monorepo), by a bounded walk of folders. */
export function rootsBelow(dir: string, limits: Limits = DEFAULT_LIMITS): string[] {
  const ignored = gitignoreOf(dir);
  const roots: string[] = [];
  const queue = [dir];
  let dirs = 0;
  while (queue.length > 0 && ++dirs <= limits.maxDirs * 4) {
    const at = queue.shift()!;
    if (isRoot(at)) roots.push(at);
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED.has(entry.name) || (entry.name.startsWith('.') && !DOT_FOLDERS.has(entry.name))) continue;
      const path = join(at, entry.name);
      if (!ignored?.ignores(`${relative(dir, path).split(sep).join('/')}/`)) queue.push(path);
    }
  }
  return roots;
}
