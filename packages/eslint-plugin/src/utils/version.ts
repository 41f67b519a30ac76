// The runtimes a rule checks against: the rule's `daprVersion` option, else `settings.dapr.version`, else
// ("auto", the default) the project's deployment files: from `settings.dapr.deployments`, which the
// plugin's configs fill in when the configuration is evaluated (so that `--cache` sees a changed file as a
// changed configuration), or read here when a hand-written config has no snapshot. A spec the catalog
// cannot read is a ConfigError naming the setting, the value and the forms it takes.
import { isAbsolute } from 'node:path';
import { configuredTarget, readVersionSetting, targetOfFound, type DaprTarget } from '@dapr-codes/catalog';
import { projectOf, TargetResolver, type DeploymentSnapshot, type ProjectDeployments } from '@dapr-codes/deployment';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { sayOnce } from '../deployments.js';
import { ConfigError } from './config-error.js';
import { daprSettings } from './dapr-settings.js';

interface ContextLike {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly physicalFilename: string;
}

const specs = new Map<string, DaprTarget | 'auto'>();

/** A configured spec as a target ('auto' when it says so), read once per distinct value. */
function configured(setting: string, raw: unknown): DaprTarget | 'auto' {
  const key = `${setting}\0${JSON.stringify(raw)}`;
  let target = specs.get(key);
  if (target === undefined) {
    const read = readVersionSetting(setting, raw);
    if (!read.ok) throw new ConfigError(`${read.problem}.`);
    target = read.spec.kind === 'auto' ? 'auto' : configuredTarget(read.spec);
    if (specs.size >= 64) specs.clear();
    specs.set(key, target);
  }
  return target;
}

const fromProject = new WeakMap<ProjectDeployments, DaprTarget | undefined>();

/** A snapshot project's target; the versions it could not use are said the first time it is used. */
function targetOf(project: ProjectDeployments): DaprTarget | undefined {
  if (!fromProject.has(project)) {
    const { target, problems } = targetOfFound(project.runtimes);
    sayOnce([...project.problems, ...problems]);
    fromProject.set(project, target);
  }
  return fromProject.get(project);
}

let resolver: TargetResolver | undefined;
const AUTO = { kind: 'auto' } as const;

/** The detected target for a file: the configuration's snapshot, or a reading of the file's project. */
function detected(context: ContextLike, snapshot: DeploymentSnapshot | undefined): DaprTarget | undefined {
  const file = context.physicalFilename;
  // RuleTester's and editors' virtual files have a relative name: there is no project to read.
  if (!isAbsolute(file)) return undefined;
  const project = snapshot && projectOf(snapshot, file);
  if (project) return targetOf(project);
  resolver ??= new TargetResolver();
  const resolved = resolver.resolve(AUTO, file);
  sayOnce(resolved.problems);
  return resolved.target;
}

const isTarget = (value: unknown): value is DaprTarget | null =>
  value === null || (typeof value === 'object' && Array.isArray((value as DaprTarget).runtimes) && typeof (value as DaprTarget).key === 'string');
const isSnapshot = (value: unknown): value is DeploymentSnapshot => typeof value === 'object' && value !== null && Array.isArray((value as DeploymentSnapshot).projects);

/** The target of `rule` at a file; undefined: no version known (status-based checks only, as without one). */
export function ruleTarget(rule: string, context: ContextLike, optionVersion: unknown): DaprTarget | undefined {
  const dapr = daprSettings(context.settings);
  // An editor host (the language server) resolved the runtimes itself, from the same options.
  if (optionVersion === undefined && 'target' in dapr && isTarget(dapr['target'])) return dapr['target'] ?? undefined;
  const [setting, raw] = optionVersion !== undefined ? [`@dapr-codes/${rule}: option "daprVersion"`, optionVersion] : ['@dapr-codes: settings.dapr.version', dapr['version']];
  const spec = raw === undefined ? 'auto' : configured(setting, raw);
  if (spec !== 'auto') return spec;
  const deployments = dapr['deployments'];
  if (deployments !== undefined && !isSnapshot(deployments)) {
    throw new ConfigError("@dapr-codes: settings.dapr.deployments is written by the plugin's configs when the configuration is evaluated; remove it from your configuration.");
  }
  return detected(context, deployments);
}

export const daprVersionSchema: JSONSchema4 = {
  description:
    'Dapr runtime(s) the code runs against: "auto" (default: read from the deployment files), "latest", "1.14", a range (">=1.15 <1.17") or a list; overrides settings.dapr.version.',
  type: ['string', 'array'],
  items: { type: 'string' },
  minItems: 1,
};
