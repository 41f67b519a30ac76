// Which Dapr runtimes a project deploys, from its own files: each root's files read once (bounded) and
// kept until one of them changes; a file gets the versions of the nearest root that states any.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { FoundRuntime } from '@dapr-codes/catalog';
import type { FileFindings, RawFinding } from './finding.js';
import { versionOfTag } from './image.js';
import { rootChain } from './roots.js';
import { readPackageScripts, readScript, readSource } from './text-file.js';
import { assignmentsIn, resolve } from './variables.js';
import { DEFAULT_LIMITS, kindOf, walkRoot, type Candidate, type Limits } from './walk.js';
import { readYaml } from './yaml-file.js';

/** One root's own findings: its files only, nested roots left out. Paths are absolute until resolved. */
export interface RootFindings {
  readonly root: string;
  readonly found: readonly { readonly file: string; readonly line: number; readonly version: string; readonly phrase: RawFinding['phrase'] }[];
  /** Versions set outside the repository (`$VERSION` no file sets): said only when nothing else is found. */
  readonly unresolved: readonly { readonly file: string; readonly line: number; readonly text: string; readonly variable: string; readonly phrase: RawFinding['phrase'] }[];
  readonly filesRead: number;
  /** The files looked at (for a host's file watchers: an edit of any of them can change the versions). */
  readonly files: readonly string[];
  /** A limit stopped the reading: more files might state versions. */
  readonly truncated: boolean;
}

/** The runtimes a file's project deploys. Empty runtimes and problems: nothing found, behave as without. */
export interface Detection {
  /** The root whose files stated the versions (undefined when none did). */
  readonly root: string | undefined;
  readonly runtimes: readonly FoundRuntime[];
  /** Versions found but not usable (`edge`, a digest, unset variables), one sentence each. */
  readonly problems: readonly string[];
}

function readText(path: string, maxBytes: number): string | undefined {
  try {
    if (statSync(path).size > maxBytes) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(maxBytes);
      const n = readSync(fd, buffer, 0, maxBytes, 0);
      return buffer.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

// What a candidate must contain to be worth parsing: a daprd image, a Dapr CLI or Helm command, an
// annotation, a dependency on the dapr chart, its values, or a runtime variable. Most YAML has none.
const MENTIONS =
  /daprd|dapr(?:\.exe)?\s+(?:init|upgrade)|[\w.-]\/dapr(?:\s|$|["'])|dapr\.io\/(?:sidecar-)?image|name:\s*["']?dapr["']?\s*$|^dapr:|dapr_sidecar_injector|DAPR_RUNTIME_VER/m;

function readCandidate(candidate: Candidate, text: string): FileFindings {
  switch (candidate.kind) {
    case 'yaml':
      return readYaml(text, candidate.path);
    case 'script':
      return readScript(text);
    case 'package':
      return readPackageScripts(text);
    case 'source':
      return readSource(text);
  }
}

/**
 * One finding per version and file: a workflow that sets `DAPR_RUNTIME_VERSION` and installs it, or sets it
 * in every step, states one runtime. The command is kept over the variable that feeds it.
 */
function onePerVersion(found: RootFindings['found']): RootFindings['found'] {
  const keep = new Map<string, RootFindings['found'][number]>();
  for (const f of [...found].sort((a, b) => Number(a.phrase.startsWith('sets ')) - Number(b.phrase.startsWith('sets ')))) {
    const key = `${f.file}\0${f.version}`;
    if (!keep.has(key)) keep.set(key, f);
  }
  const kept = new Set(keep.values());
  return found.filter((f) => kept.has(f));
}

export interface DetectorOptions {
  readonly limits?: Partial<Limits>;
}

export class DeploymentDetector {
  readonly #limits: Limits;
  readonly #roots = new Map<string, RootFindings>();

  constructor(options: DetectorOptions = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /** The findings of one root's own files (cached). */
  rootFindings(root: string): RootFindings {
    let found = this.#roots.get(root);
    if (!found) this.#roots.set(root, (found = this.#scan(root)));
    return found;
  }

  #scan(root: string): RootFindings {
    const walk = walkRoot(root, this.#limits);
    const found: RootFindings['found'][number][] = [];
    const unresolved: RootFindings['unresolved'][number][] = [];
    let filesRead = 0;
    const files: string[] = [];
    let truncated = walk.truncated;
    const envCache = new Map<string, ReadonlyMap<string, readonly string[]>>();
    const envOf = (path: string) => {
      let scope = envCache.get(path);
      if (!scope) {
        filesRead++;
        envCache.set(path, (scope = assignmentsIn(readText(path, this.#limits.maxBytes) ?? '')));
      }
      return scope;
    };
    for (const candidate of walk.candidates) {
      if (filesRead >= this.#limits.maxFiles) {
        truncated = true;
        break;
      }
      filesRead++;
      files.push(candidate.path);
      const text = readText(candidate.path, this.#limits.maxBytes);
      if (text === undefined || !MENTIONS.test(text)) continue;
      const file = readCandidate(candidate, text);
      if (file.findings.length === 0) continue;
      // Variables: the file's own, then its env files, then `.env` beside it and at the root.
      const dir = dirname(candidate.path);
      const envFiles = [...file.envFiles.map((f) => join(dir, f)), ...file.envFiles.map((f) => join(root, f)), join(dir, '.env'), join(root, '.env')];
      for (const finding of file.findings) {
        let result = resolve(finding.text, file.scope);
        for (const envFile of envFiles) {
          if (result.ok) break;
          result = resolve(finding.text, new Map([...envOf(envFile), ...file.scope]));
        }
        // An empty value (`${{ inputs.v || '' }}`) states no version.
        if (result.ok) for (const value of result.values.filter((v) => v.trim() !== '')) found.push({ file: candidate.path, line: finding.line, version: versionOfTag(value), phrase: finding.phrase });
        else unresolved.push({ file: candidate.path, line: finding.line, text: finding.text, variable: result.variable, phrase: finding.phrase });
      }
    }
    return { root, found: onePerVersion(found), unresolved, filesRead, files, truncated };
  }

  /** The runtimes for a file (or folder): the nearest root that states any, up to the repository's top. */
  detect(path: string): Detection {
    const chain = rootChain(isFolder(path) ? path : dirname(path));
    const top = chain[chain.length - 1];
    if (top === undefined) return { root: undefined, runtimes: [], problems: [] };
    const where = (file: string, line: number) => `${relative(top, file).split(sep).join('/')}:${line}`;
    const unresolved: string[] = [];
    for (const root of chain) {
      const own = this.rootFindings(root);
      for (const u of own.unresolved) unresolved.push(`${where(u.file, u.line)} ${u.phrase} ${u.text}: ${u.variable} is not set in the repository; its version is not checked`);
      if (own.found.length === 0) continue;
      const runtimes = own.found.map((f) => ({ spec: f.version, where: where(f.file, f.line), says: `${where(f.file, f.line)} ${f.phrase} ${f.version}` }));
      return { root, runtimes, problems: own.truncated ? [`stopped reading ${relative(top, root) || '.'} after ${own.filesRead} files; set the version to be sure`] : [] };
    }
    return { root: undefined, runtimes: [], problems: unresolved };
  }

  /** Forget what was read under `path` (a changed, added or deleted file or folder). */
  invalidate(path: string): void {
    for (const root of [...this.#roots.keys()]) {
      if (path === root || path.startsWith(root + sep) || root.startsWith(path + sep)) this.#roots.delete(root);
    }
  }

  clear(): void {
    this.#roots.clear();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a changed file can change what a detection finds (for editors' file watchers). */
export function mayStateVersion(path: string): boolean {
  const name = basename(path);
  if (/(?:^|[\\/])node_modules[\\/]/.test(path)) return false;
  return name === '.gitignore' || name === '.env' || name.endsWith('.env') || kindOf(name, path, true) !== undefined;
}
