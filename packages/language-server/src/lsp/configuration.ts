// The editor's side of the settings: what the client can do (answer `workspace/configuration`,
// register notifications dynamically), the options it gave in `initializationOptions` and in the
// `daprCodes` section, and where a configuration problem is shown: a message once, and a diagnostic
// on the tsconfig/jsconfig entry.
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { WARNING_MESSAGE } from '../features/lsp-constants.js';
import { SERVER_NAME } from '../package-info.js';
import type { DocumentSettings } from './deferred.js';
import type { Features, Loaded } from './loader.js';
import { lsp } from './protocol.js';

export const SECTION = 'daprCodes';

/** Config files, and the files a project's Dapr runtime versions are read from (docs/dapr-versions.md). */
const WATCHED = [
  '**/{tsconfig,jsconfig}*.json',
  '**/*.{yml,yaml,sh,bash,zsh,ps1,mk,env}',
  '**/{Makefile,makefile,GNUmakefile,Justfile,justfile,package.json,.env,.gitignore}',
  '**/Dockerfile*',
  '**/{test,tests,spec,e2e,integration,__tests__}/**/*.{ts,tsx,js,mjs,cjs,mts,cts}',
  '**/*{.test,.spec,setup,container,containers}*.{ts,tsx,js,mjs,cjs,mts,cts}',
];

export interface Configuration {
  /** Reads what the client can do and the options it starts the server with. */
  initialize(params: InitializeParams): void;
  /** Once initialized: asks to be told of config-file and settings changes, where the client registers them. */
  register(): void;
  /** Reads the settings section again (when the client answers `workspace/configuration`). */
  pull(): Promise<void>;
  /** `workspace/didChangeConfiguration`: pulled again, or taken from what the client pushed. */
  changed(settings: unknown): Promise<void>;
  /** The settings of the file at `path` (the editor's alone for an untitled document). */
  settingsFor(path: string | undefined, loaded: Loaded): DocumentSettings;
  /** Shows the settings' problems: each message once, and the entry's problems on the entry. */
  report(settings: DocumentSettings, features: Features): void;
  /** The settings may have changed: their problems are shown again. */
  reset(): void;
}

export function createConfiguration(connection: Connection): Configuration {
  let initializationOptions: unknown;
  let section: unknown;
  let canAsk = false;
  let canRegister = false;
  let canWatchFiles = false;
  const shownMessages = new Set<string>();
  /** Per config file, the diagnostics last published on it. */
  const configFiles = new Map<string, string>();

  async function pull(): Promise<void> {
    if (!canAsk) return;
    try {
      [section] = await connection.workspace.getConfiguration([{ section: SECTION }]);
    } catch (error) {
      connection.console.error(`[dapr-codes] workspace/configuration failed: ${String(error)}`);
    }
  }

  return {
    initialize(params) {
      initializationOptions = params.initializationOptions;
      canAsk = params.capabilities.workspace?.configuration === true;
      // Registering a capability the client does not say it registers dynamically is an error to it
      // (Eglot warns); such clients send didChangeConfiguration unasked.
      canRegister = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
      canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    register() {
      if (canWatchFiles) {
        void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
      }
      if (canAsk && canRegister) void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: SECTION });
    },
    pull,
    async changed(settings) {
      const pushed = (settings as Record<string, unknown> | null | undefined)?.[SECTION];
      if (canAsk) await pull();
      else section = pushed;
    },
    settingsFor(path, { features, resolver }) {
      return resolver.settingsFor(path ?? features.UNTITLED, features.editorOptionsOf(initializationOptions, section));
    },
    report(settings, features) {
      const runtimeProblems = settings.runtimes.problems.map((p) => `${SERVER_NAME}: ${p}. Set daprVersion to check against a version.`);
      for (const message of [...settings.problems.map((p) => p.message), ...runtimeProblems, ...settings.config.problems.map((p) => p.message)]) {
        if (shownMessages.has(message)) continue;
        shownMessages.add(message);
        // A notification (not showMessageRequest): nothing waits for the user's answer.
        void connection.sendNotification(lsp.ShowMessageNotification.type, { type: WARNING_MESSAGE, message });
      }
      // Every config file read gets its problems (none, once fixed): the entry's, and what could not be read there.
      for (const { file, text } of settings.config.files) {
        const uri = pathToFileURL(file).href;
        const spans = [
          ...(settings.entry?.file === file ? settings.entryProblems.map((problem) => ({ problem, at: settings.entry! })) : []),
          ...settings.config.problems.flatMap((problem) => (problem.at?.file === file ? [{ problem, at: problem.at }] : [])),
        ];
        if (spans.length === 0 && !configFiles.has(uri)) continue;
        const lines = new features.LineTable(text);
        const diagnostics = spans.map(({ problem, at }) => features.configDiagnostic(problem, features.rangeOf(lines, at.start, at.end)));
        const key = JSON.stringify(diagnostics);
        if ((configFiles.get(uri) ?? '[]') === key) continue;
        configFiles.set(uri, key);
        void connection.sendDiagnostics({ uri, diagnostics });
      }
    },
    reset() {
      shownMessages.clear();
    },
  };
}
