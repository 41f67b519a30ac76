// The deployment snapshot the plugin's configs carry in `settings.dapr.deployments`: read when
// eslint.config.* is evaluated (in each --concurrency worker too), from the folder ESLint runs in. A
// changed deployment file changes the configuration, and ESLint's cache, which hashes the configuration
// of every file, lints the files again.
import { takeSnapshot, type DeploymentSnapshot } from '@dapr-codes/deployment';

let snapshot: DeploymentSnapshot | undefined;
const said = new Set<string>();

/**
 * Versions found but not usable are said on stderr when a file of their project is linted: once per
 * process (with --concurrency, once per worker thread that lints such a file).
 */
export function sayOnce(problems: readonly string[]): void {
  for (const problem of problems) {
    if (said.has(problem)) continue;
    said.add(problem);
    console.warn(`@dapr-codes: ${problem}. Set settings.dapr.version to check against a version.`);
  }
}

/** Read once per process: a long-running ESLint (an editor's) reads the files again when it restarts. */
export function projectDeployments(): DeploymentSnapshot {
  // A browser bundle (the reference site's playground) has no process and no files.
  snapshot ??= takeSnapshot(typeof process === 'undefined' ? '' : process.cwd());
  return snapshot;
}
