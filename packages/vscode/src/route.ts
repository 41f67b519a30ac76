// Which of the two ways serves Dapr codes in this window: the tsserver plugin (loaded by VS Code's
// TypeScript 5/6 service) or our language server (for TypeScript 7, whose native service loads no
// plugins). Pure functions of what the editor runs, so the whole decision table is unit-tested.

export const LANGUAGE_SERVER_MODES = ['auto', 'on', 'off'] as const;
export type LanguageServerMode = (typeof LANGUAGE_SERVER_MODES)[number];

/**
 * VS Code's switch to TypeScript 7 (`tsc --lsp` instead of tsserver): `js/ts.experimental.useTsgo`,
 * written by "Select TypeScript Version"; `typescript.experimental.useTsgo` is its earlier name.
 */
export const TYPESCRIPT_7_SETTINGS = [
  { section: 'js/ts', key: 'experimental.useTsgo' },
  { section: 'typescript', key: 'experimental.useTsgo' },
] as const;

/** What the decision depends on, read from the editor. */
export interface Editor {
  /** `daprCodes.languageServer`. */
  readonly mode: LanguageServerMode;
  /** VS Code's TypeScript 7 switch is on. */
  readonly useTsgo: boolean;
  /** The TypeScript 7 extension (`typescriptteam.native-preview`), which runs TypeScript 7 when the switch is on, is installed and enabled. */
  readonly nativePreview: boolean;
  /** VS Code's TypeScript extension is registered (it is what runs tsserver and loads contributed tsserver plugins). */
  readonly tsserver: boolean;
  /** The folder is trusted; in Restricted Mode VS Code's TypeScript extension does not run. */
  readonly trusted: boolean;
  /** The folder was trusted after the window opened (code-server starts the TypeScript extension only after a reload then). */
  readonly trustedSinceOpen: boolean;
}

export type Via = 'tsserver-plugin' | 'language-server' | 'none';

export interface Route {
  readonly via: Via;
  /** One sentence for the output channel: what runs and why, so nothing fails silently. */
  readonly why: string;
  /** A window reload would start VS Code's TypeScript extension (the folder was trusted since it opened). */
  readonly reloadStartsTsserver?: true;
}

/** How the output channel, the status bar and the docs name each way. */
export const VIA_LABELS: Readonly<Record<Via, string>> = { 'tsserver-plugin': 'tsserver plugin', 'language-server': 'language server', none: 'off' };

/** The route as the output channel says it: `Route: language server. <why>`. */
export const routeLine = (route: Route): string => `Route: ${VIA_LABELS[route.via]}. ${route.why}`;

/** The mode a raw setting value asks for; anything but a known mode (settings.json is free text) is `auto`. */
export function readMode(value: unknown): LanguageServerMode {
  return LANGUAGE_SERVER_MODES.find((mode) => mode === value) ?? 'auto';
}

/** Whether VS Code's TypeScript 7 switch is on, given a reader of `section`'s `key`. */
export function isTypeScript7(read: (section: string, key: string) => unknown): boolean {
  return TYPESCRIPT_7_SETTINGS.some(({ section, key }) => read(section, key) === true);
}

const PLUGIN_LOADED = 'VS Code\'s TypeScript extension runs tsserver, which loads the contributed plugin.';
const TSGO_WITHOUT_EXTENSION =
  'js/ts.experimental.useTsgo is on, but the TypeScript 7 extension (typescriptteam.native-preview) is not installed or is disabled, so VS Code still runs tsserver, which loads the contributed plugin.';
const TYPESCRIPT_7 = 'TypeScript 7 runs (js/ts.experimental.useTsgo, with the typescriptteam.native-preview extension)';
const NO_TSSERVER = {
  restricted: "This folder is in Restricted Mode, where VS Code's TypeScript extension does not run",
  reload: "This folder was trusted after the window opened and VS Code's TypeScript extension has not started (it does after Developer: Reload Window)",
  disabled: "VS Code's TypeScript extension is disabled",
} as const;
const NOTHING = 'and daprCodes.languageServer is "off": no Dapr code features in the editor.';

export function chooseRoute({ mode, useTsgo, nativePreview, tsserver, trusted, trustedSinceOpen }: Editor): Route {
  const typescript7 = useTsgo && nativePreview;
  if (mode === 'on') {
    const standDown = tsserver && !typescript7 ? ' The tsserver plugin is told to stand down.' : '';
    return { via: 'language-server', why: `daprCodes.languageServer is "on".${standDown}` };
  }
  if (typescript7) {
    return mode === 'auto' ? { via: 'language-server', why: `${TYPESCRIPT_7}: its server loads no tsserver plugins.` } : { via: 'none', why: `${TYPESCRIPT_7}, which loads no tsserver plugins, ${NOTHING}` };
  }
  if (tsserver) return { via: 'tsserver-plugin', why: useTsgo ? TSGO_WITHOUT_EXTENSION : PLUGIN_LOADED };
  const reload = trusted && trustedSinceOpen;
  const reason = !trusted ? NO_TSSERVER.restricted : reload ? NO_TSSERVER.reload : NO_TSSERVER.disabled;
  const route: Route =
    mode === 'auto'
      ? { via: 'language-server', why: `${reason}, so no tsserver plugin is loaded; the language server serves (it runs no code of the workspace).` }
      : { via: 'none', why: `${reason}, ${NOTHING}` };
  return reload ? { ...route, reloadStartsTsserver: true } : route;
}

/** The plugin's features that the language server provides too: off in the plugin while the server runs. */
const SHARED_FEATURES = { hover: false, completions: false, diagnostics: false } as const;

/**
 * What to push to the tsserver plugin (`configurePlugin`): the user's options, with the shared features
 * switched off whenever the language server runs, so a feature never comes from both.
 */
export function pluginConfiguration(route: Route, options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return route.via === 'language-server' ? { ...options, ...SHARED_FEATURES } : { ...options };
}
