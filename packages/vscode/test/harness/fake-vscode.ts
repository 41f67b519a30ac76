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
  /** Whether VS Code's TypeScript extension is enabled. */
  typescriptExtension: boolean;
  readonly pushed: { pluginName: string; configuration: unknown }[];
  readonly log: string[];
  readonly warnings: string[];
  /** Output lines and plugin configurations, in the order they happened. */
  readonly timeline: string[];
  /** Sets a setting and tells the extension, as VS Code does. */
  change(key: string, value: unknown): void;
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
  const host: Host = {
    settings: new Map(),
    typescriptExtension: true,
    pushed: [],
    log: [],
    warnings: [],
    timeline: [],
    change(key, value) {
      this.settings.set(key, value);
      for (const listener of listeners) listener({ affectsConfiguration: (section) => key === section || key.startsWith(`${section}.`) });
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
      onDidChangeConfiguration: (listener: Listener) => {
        listeners.push(listener);
        return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
      },
    },
    extensions: {
      getExtension: (id: string) => (id === 'vscode.typescript-language-features' && host.typescriptExtension ? { isActive: true, exports: { getAPI: () => typescriptApi } } : undefined),
    },
    window: {
      createOutputChannel: () => ({
        info: write('info'),
        warn: write('warn'),
        error: write('error'),
        dispose: () => {},
      }),
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
