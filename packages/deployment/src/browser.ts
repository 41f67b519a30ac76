// The package in a browser, where there is no project on disk: the same API, reading nothing. Bundlers
// take it through the "browser" condition of package.json's exports (the reference site's playground
// bundles the ESLint rules); a configured spec still resolves, "auto" finds nothing, as with no files.
import { configuredTarget, type VersionSpec } from '@dapr-codes/catalog';
import type { Detection, RootFindings } from './detect.js';
import type { ProjectTarget } from './resolve.js';
import type { DeploymentSnapshot, ProjectDeployments } from './snapshot.js';
import type { Limits } from './walk.js';

export type { Detection, DetectorOptions, RootFindings } from './detect.js';
export type { ProjectTarget } from './resolve.js';
export type { DeploymentSnapshot, ProjectDeployments } from './snapshot.js';
export type { Limits } from './walk.js';

export const DEFAULT_LIMITS: Limits = { maxDirs: 0, maxFiles: 0, maxBytes: 0 };

export class DeploymentDetector {
  rootFindings(root: string): RootFindings {
    return { root, found: [], unresolved: [], filesRead: 0, files: [], truncated: false };
  }

  detect(): Detection {
    return { root: undefined, runtimes: [], problems: [] };
  }

  invalidate(): void {}

  clear(): void {}
}

const NONE: ProjectTarget = { target: undefined, problems: [], root: undefined };

export class TargetResolver {
  readonly detector = new DeploymentDetector();

  resolve(spec: VersionSpec): ProjectTarget {
    return spec.kind === 'versions' ? { target: configuredTarget(spec), problems: [], root: undefined } : NONE;
  }

  invalidate(): void {}
}

export const takeSnapshot = (base: string): DeploymentSnapshot => ({ base, projects: [] });
export const projectOf = (): ProjectDeployments | undefined => undefined;
export const rootChain = (): string[] => [];
export const mayStateVersion = (): boolean => false;
