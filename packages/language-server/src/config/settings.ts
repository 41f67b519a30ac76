// A document's options: the tsserver plugin's tsconfig/jsconfig entry, with the editor's settings
// (`initializationOptions`, then the `daprCodes` section of `workspace/configuration`) laid over it.
import { mergeRawOptions, parseSettings, type ConfigProblem, type Settings } from '@dapr-codes/catalog';
import { dirname } from 'node:path';
import { SERVER_NAME } from '../package-info.js';
import { findPluginEntry, type PluginEntry } from './tsconfig-entry.js';


export interface DocumentSettings extends Settings {
  readonly entry: PluginEntry | undefined;
  /** The problems of the tsconfig entry on its own: shown on the entry itself. */
  readonly entryProblems: readonly ConfigProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `initializationOptions` may hold the options directly or under `daprCodes` (as the settings section). */
export function editorOptionsOf(initializationOptions: unknown, section: unknown): unknown {
  const init = isRecord(initializationOptions) && isRecord(initializationOptions['daprCodes']) ? initializationOptions['daprCodes'] : initializationOptions;
  // Clients answer `null` for a section they do not know.
  return mergeRawOptions(init ?? undefined, section ?? undefined);
}

/** Entries by folder: a folder's config is looked up once until config files change. */
export function createSettingsResolver() {
  const entries = new Map<string, PluginEntry | undefined>();
  const entryFor = (dir: string) => {
    if (!entries.has(dir)) entries.set(dir, findPluginEntry(dir));
    return entries.get(dir);
  };
  return {
    settingsFor(filePath: string, editorOptions: unknown): DocumentSettings {
      const entry = entryFor(dirname(filePath));
      const settings = parseSettings(mergeRawOptions(entry?.raw, editorOptions), SERVER_NAME);
      return { ...settings, entry, entryProblems: entry ? parseSettings(entry.raw, SERVER_NAME).problems : [] };
    },
    /** A tsconfig/jsconfig changed (or appeared): look again. */
    invalidate(): void {
      entries.clear();
    },
  };
}
