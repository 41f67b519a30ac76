// A stand-in for the `vscode` module, enough to load and activate the packaged extension without VS Code
// (which cannot be downloaded here): every class and enum @types/vscode declares exists (the bundled
// vscode-languageclient extends some at load time), and the few namespaces the extension calls record
// what it did. Installed by hooking Node's module loader for the name `vscode` only.
import { readFileSync } from 'node:fs';
import Module from 'node:module';

type Listener = (event: { affectsConfiguration(section: string): boolean }) => void;

export interface Host {
  /** Settings by full key (`daprCodes.languageServer`, `js/ts.experimental.useTsgo`), as set by the user. */
  readonly settings: Map<string, unknown>;
  /** Whether VS Code's TypeScript extension is registered (enabled, and the folder trusted). */
  typescriptExtension: boolean;
  /** Whether the TypeScript 7 extension is installed and enabled. */
  typescript7Extension: boolean;
  /** `workspace.isTrusted`. */
  trusted: boolean;
  /** The status bar item as last drawn, and whether it shows. */
  readonly status: { text: string; tooltip: string; visible: boolean };
  /** Commands the extension registered, by id. */
  readonly commands: Map<string, () => unknown>;
  readonly informations: string[];
  /** How often the output channel was shown. */
  outputShown: number;
  readonly pushed: { pluginName: string; configuration: unknown }[];
  readonly log: string[];
  readonly warnings: string[];
  /** Output lines and plugin configurations, in the order they happened. */
  readonly timeline: string[];
  /** Sets a setting and tells the extension, as VS Code does. */
  change(key: string, value: unknown): void;
  /** VS Code's extensions changed (one enabled or disabled, or registered once a folder is trusted). */
  extensionsChanged(): void;
  /** The user trusted the folder. */
  grantTrust(): void;
}

function classesAndEnums(typesFile: string): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [, kind, name] of readFileSync(typesFile, 'utf8').matchAll(/^\texport (class|enum) (\w+)/gm)) {
    api[name!] = kind === 'class' ? class {} : {};
  }
  return api;
}

export function installFakeVscode(typesFile: string): { host: Host; uninstall(): void } {
  const listeners: Listener[] = [];
  const extensionListeners: (() => void)[] = [];
  const trustListeners: (() => void)[] = [];
  const subscribe = <T>(list: T[]) => (listener: T) => {
    list.push(listener);
    return { dispose: () => void list.splice(list.indexOf(listener), 1) };
  };
  const host: Host = {
    settings: new Map(),
    typescriptExtension: true,
    typescript7Extension: false,
    trusted: true,
    status: { text: '', tooltip: '', visible: false },
    commands: new Map(),
    informations: [],
    outputShown: 0,
    pushed: [],
    log: [],
    warnings: [],
    timeline: [],
    change(key, value) {
      this.settings.set(key, value);
      for (const listener of listeners) listener({ affectsConfiguration: (section) => key === section || key.startsWith(`${section}.`) });
    },
    extensionsChanged() {
      for (const listener of [...extensionListeners]) listener();
    },
    grantTrust() {
      this.trusted = true;
      for (const listener of [...trustListeners]) listener();
    },
  };
  const typescriptApi = {
    configurePlugin: (pluginName: string, configuration: unknown) => {
      host.pushed.push({ pluginName, configuration });
      host.timeline.push(`configurePlugin ${JSON.stringify(configuration)}`);
    },
  };
  const write = (level: string) => (line: string) => {
    host.log.push(`${level}: ${line}`);
    host.timeline.push(`${level}: ${line}`);
  };
  const vscode = {
    ...classesAndEnums(typesFile),
    workspace: {
      getConfiguration: (section: string) => ({
        get: (key: string) => host.settings.get(`${section}.${key}`),
        inspect: (key: string) => (host.settings.has(`${section}.${key}`) ? { key, globalValue: host.settings.get(`${section}.${key}`) } : { key }),
      }),
      onDidChangeConfiguration: subscribe(listeners),
      onDidGrantWorkspaceTrust: subscribe(trustListeners),
      get isTrusted() {
        return host.trusted;
      },
    },
    extensions: {
      getExtension: (id: string) => {
        if (id === 'vscode.typescript-language-features' && host.typescriptExtension) return { isActive: true, exports: { getAPI: () => typescriptApi } };
        return id === 'typescriptteam.native-preview' && host.typescript7Extension ? { isActive: true, exports: {} } : undefined;
      },
      onDidChange: subscribe(extensionListeners),
    },
    commands: {
      registerCommand: (id: string, run: () => unknown) => {
        host.commands.set(id, run);
        return { dispose: () => host.commands.delete(id) };
      },
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    window: {
      // A TypeScript editor is active, so the status item shows.
      activeTextEditor: { document: { languageId: 'typescript' } },
      onDidChangeActiveTextEditor: () => ({ dispose: () => {} }),
      createStatusBarItem: () => {
        const item = {
          name: '',
          command: undefined as unknown,
          backgroundColor: undefined as unknown,
          set text(value: string) {
            host.status.text = value;
          },
          set tooltip(value: string) {
            host.status.tooltip = value;
          },
          show: () => void (host.status.visible = true),
          hide: () => void (host.status.visible = false),
          dispose: () => {},
        };
        return item;
      },
      createOutputChannel: () => ({
        info: write('info'),
        warn: write('warn'),
        error: write('error'),
        show: () => void host.outputShown++,
        dispose: () => {},
      }),
      showInformationMessage: (message: string) => {
        host.informations.push(message);
        return Promise.resolve(undefined);
      },
      showWarningMessage: (message: string) => {
        host.warnings.push(message);
        return Promise.resolve(undefined);
      },
    },
  };
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const original = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
  return { host, uninstall: () => void (loader._load = original) };
}
