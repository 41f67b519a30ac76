// What a detection found for every project under a folder, as plain JSON: ESLint puts it in the
// configuration (settings.dapr.deployments) when eslint.config.* is evaluated, so a changed deployment
// file changes the configuration and `eslint --cache` re-lints (ESLint hashes the configuration per file).
import { dirname, sep } from 'node:path';
import type { FoundRuntime } from '@dapr-codes/catalog';
import { DeploymentDetector } from './detect.js';
import { rootChain } from './roots.js';
import { rootsBelow } from './walk.js';

export interface ProjectDeployments {
  /** The project's root folder (absolute). */
  readonly dir: string;
  readonly runtimes: readonly FoundRuntime[];
  readonly problems: readonly string[];
}

export interface DeploymentSnapshot {
  /** The folder the snapshot was taken from. */
  readonly base: string;
  /** Deepest folders first. */
  readonly projects: readonly ProjectDeployments[];
}

/** The detection of every root at, below and above `base` (the roots a file under `base` can belong to). */
export function takeSnapshot(base: string, detector = new DeploymentDetector()): DeploymentSnapshot {
  const roots = new Set([...rootsBelow(base), ...rootChain(base)]);
  const projects = [...roots].map((dir) => {
    const d = detector.detect(dir);
    return { dir, runtimes: d.runtimes, problems: d.problems };
  });
  projects.sort((a, b) => b.dir.length - a.dir.length);
  return { base, projects };
}

/** The project a file belongs to in a snapshot: the deepest root above it; undefined when none is. */
export function projectOf(snapshot: DeploymentSnapshot, file: string): ProjectDeployments | undefined {
  const dir = dirname(file);
  return snapshot.projects.find((p) => dir === p.dir || dir.startsWith(p.dir.endsWith(sep) ? p.dir : p.dir + sep));
}
