// A host's question: which runtimes does this file's code run against? The configured spec when there is
// one, else ("auto") what the file's project deploys. Targets are kept per project root, so that every
// file of a project shares one (and the caches keyed by it), until a deployment file changes.
import { configuredTarget, targetOfFound, type DaprTarget, type VersionSpec } from '@dapr-codes/catalog';
import { DeploymentDetector } from './detect.js';

export interface ProjectTarget {
  /** Undefined: no version known; the checks that need none still run. */
  readonly target: DaprTarget | undefined;
  /** Versions found but not checked (`edge`, an unset variable), one sentence each. */
  readonly problems: readonly string[];
  /** The folder whose files stated the versions. */
  readonly root: string | undefined;
}

const NONE: ProjectTarget = { target: undefined, problems: [], root: undefined };

export class TargetResolver {
  readonly detector: DeploymentDetector;
  readonly #byRoot = new Map<string, ProjectTarget>();
  readonly #bySpec = new WeakMap<VersionSpec, ProjectTarget>();

  constructor(detector = new DeploymentDetector()) {
    this.detector = detector;
  }

  resolve(spec: VersionSpec, file: string): ProjectTarget {
    if (spec.kind === 'versions') {
      let configured = this.#bySpec.get(spec);
      if (!configured) this.#bySpec.set(spec, (configured = { target: configuredTarget(spec), problems: [], root: undefined }));
      return configured;
    }
    const detection = this.detector.detect(file);
    if (detection.root === undefined) return detection.problems.length ? { ...NONE, problems: detection.problems } : NONE;
    let resolved = this.#byRoot.get(detection.root);
    if (!resolved) {
      const { target, problems } = targetOfFound(detection.runtimes);
      this.#byRoot.set(detection.root, (resolved = { target, problems: [...detection.problems, ...problems], root: detection.root }));
    }
    return resolved;
  }

  /** A file changed: what was read under it, and the targets built from that, are read again. */
  invalidate(path: string): void {
    this.detector.invalidate(path);
    this.#byRoot.clear();
  }
}
