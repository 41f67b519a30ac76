// The runtimes a project targets, each with where it was read: the configured spec, or the deployment files
// a detection found. Every host passes one of these; messages and hovers name the origins.
import { formatDaprVersion } from '../versions.js';
import { parseVersionSpec, SPEC_FORMS, type RuntimeVersion, type VersionSpec } from './spec.js';

export interface VersionOrigin {
  /** The file and line (`docker-compose.yml:16`) or the setting the version came from. */
  readonly where: string;
  /** What messages print: `docker-compose.yml:16 runs daprd 1.13.6`, `the configured version is "^1.15"`. */
  readonly says: string;
}

export interface TargetRuntime {
  readonly version: RuntimeVersion;
  readonly origin: VersionOrigin;
}

/** One or more runtimes; a code must be sent by all of them to be fine, and handled if any sends it. */
export interface DaprTarget {
  readonly runtimes: readonly TargetRuntime[];
  /** Equal for targets that check the same: for caches. */
  readonly key: string;
}

/** `v1.13.6`, `v1.14`, `master (1.19 development)`, `">=1.15 <1.17"`. */
export function runtimeText(version: RuntimeVersion): string {
  return version.kind === 'range' ? `"${version.text}"` : formatDaprVersion(version);
}

function versionKeyText(version: RuntimeVersion): string {
  return version.kind === 'range' ? `${version.span.low}-${version.span.high}` : formatDaprVersion(version);
}

export function makeTarget(runtimes: readonly TargetRuntime[]): DaprTarget {
  return { runtimes, key: runtimes.map((r) => `${versionKeyText(r.version)}@${r.origin.says}`).join('|') };
}

/** The target of a configured spec: the origin of each runtime is the configuration itself. */
export function configuredTarget(spec: Extract<VersionSpec, { kind: 'versions' }>, where = 'the configured version'): DaprTarget {
  const says = `${where} is ${JSON.stringify(spec.text)}`;
  return makeTarget(spec.versions.map((version) => ({ version, origin: { where, says } })));
}

/** A runtime as a detection reports it (plain JSON: it travels in ESLint settings). */
export interface FoundRuntime {
  /** The version as written in the file, after variables were resolved: `1.13.6`, `~1.14.0`. */
  readonly spec: string;
  readonly where: string;
  readonly says: string;
}

/** The target of found runtimes; a version the catalog cannot read is a problem, not a guess. */
export function targetOfFound(found: readonly FoundRuntime[]): { readonly target: DaprTarget | undefined; readonly problems: readonly string[] } {
  const runtimes: TargetRuntime[] = [];
  const problems: string[] = [];
  for (const f of found) {
    // A file names a release; `latest`, `edge`, `nightly` or a digest could be any runtime: not guessed.
    if (!/^[v\d~^<>=]/.test(f.spec.trim())) {
      problems.push(`${f.says}: ${JSON.stringify(f.spec)} is not a Dapr release; its version is not checked`);
      continue;
    }
    const parsed = parseVersionSpec(f.spec);
    if (parsed.ok && parsed.spec.kind === 'versions') {
      for (const version of parsed.spec.versions) runtimes.push({ version, origin: { where: f.where, says: f.says } });
    } else {
      const error = parsed.ok ? `"${f.spec}" is not a version` : parsed.error.slice(0, -SPEC_FORMS.length - 2);
      problems.push(`${f.says}: ${error}; its version is not checked`);
    }
  }
  return { target: runtimes.length > 0 ? makeTarget(runtimes) : undefined, problems };
}

/** The target a configured spec names; undefined for "auto". Throws a RangeError with the spec's error. */
export function toDaprTarget(spec: string | readonly string[], where?: string): DaprTarget | undefined {
  const parsed = parseVersionSpec(spec);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.spec.kind === 'auto' ? undefined : configuredTarget(parsed.spec, where);
}
