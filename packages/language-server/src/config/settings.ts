// A document's options: the tsserver plugin's tsconfig/jsconfig entry, with the editor's settings
// (`initializationOptions`, then the `daprCodes` section of `workspace/configuration`) laid over it.
import { DiagnosticCode, mergeRawOptions, parseSettings, type ConfigProblem, type Settings } from '@dapr-codes/catalog';
import { mayStateVersion, TargetResolver, type ProjectTarget } from '@dapr-codes/deployment';
import { dirname } from 'node:path';
import { SERVER_NAME } from '../package-info.js';
import { findPluginEntry, type ConfigFileProblem, type ConfigLookup, type PluginEntry } from './tsconfig-entry.js';

/** The config files read for a document, and what could not be read in them, as the editor shows it. */
export interface ReadConfigs extends ConfigLookup {
  readonly problems: readonly (ConfigFileProblem & { readonly code: typeof DiagnosticCode.UnreadableConfig })[];
}

export interface DocumentSettings extends Settings {
  readonly entry: PluginEntry | undefined;
  /** The problems of the tsconfig entry on its own: shown on the entry itself. */
  readonly entryProblems: readonly ConfigProblem[];
  readonly config: ReadConfigs;
  /** The runtimes the file's code runs against: `daprVersion`, or ("auto") its project's deployment files. */
  readonly runtimes: ProjectTarget;
}

export const UNTITLED = '/untitled';
const NO_PROJECT: ProjectTarget = { target: undefined, problems: [], root: undefined };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `initializationOptions` may hold the options directly or under `daprCodes` (as the settings section). */
export function editorOptionsOf(initializationOptions: unknown, section: unknown): unknown {
  const init = isRecord(initializationOptions) && isRecord(initializationOptions['daprCodes']) ? initializationOptions['daprCodes'] : initializationOptions;
  // Clients answer `null` for a section they do not know.
  return mergeRawOptions(init ?? undefined, section ?? undefined);
}

/** Entries by folder: a folder's config is looked up once until config files change. */
export function createSettingsResolver() {
  const entries = new Map<string, ReadConfigs>();
  const targets = new TargetResolver();
  const configFor = (dir: string): ReadConfigs => {
    let config = entries.get(dir);
    if (!config) {
      const found = findPluginEntry(dir);
      config = { ...found, problems: found.problems.map((p) => ({ ...p, code: DiagnosticCode.UnreadableConfig, message: `${SERVER_NAME}: ${p.message}.` })) };
      entries.set(dir, config);
    }
    return config;
  };
  return {
    settingsFor(filePath: string, editorOptions: unknown): DocumentSettings {
      const config = configFor(dirname(filePath));
      const { entry } = config;
      const settings = parseSettings(mergeRawOptions(entry?.raw, editorOptions), SERVER_NAME);
      // An untitled document has no project to read.
      const runtimes = filePath === UNTITLED && settings.options.daprVersion.kind === 'auto' ? NO_PROJECT : targets.resolve(settings.options.daprVersion, filePath);
      return { ...settings, entry, entryProblems: entry ? parseSettings(entry.raw, SERVER_NAME).problems : [], config, runtimes };
    },
    /** Files changed (or appeared): look again at the config files and deployment files among them. */
    invalidate(paths: readonly string[]): void {
      // A config named so, or any config read (an `extends` of another name, if the client reports it).
      const read = new Set([...entries.values()].flatMap((c) => c.files.map((f) => f.file)));
      if (paths.some((p) => /(?:^|[\\/])[jt]sconfig[^\\/]*\.json$/.test(p) || read.has(p))) entries.clear();
      for (const path of paths) if (mayStateVersion(path)) targets.invalidate(path);
    },
  };
}
