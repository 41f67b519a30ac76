// Which of the two ways serves Dapr codes in this window: the tsserver plugin (loaded by VS Code's
// TypeScript 5/6 service) or our language server (for TypeScript 7, whose native service loads no
// plugins). Pure functions of the settings, so the whole decision table is unit-tested.

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
  /** VS Code runs TypeScript 7, so no tsserver plugin is loaded. */
  readonly typescript7: boolean;
  /** VS Code's TypeScript extension is installed and enabled (it is what loads contributed tsserver plugins). */
  readonly tsserver: boolean;
}

export type Via = 'tsserver-plugin' | 'language-server' | 'none';

export interface Route {
  readonly via: Via;
  /** One sentence for the output channel: why this way, so nothing fails silently. */
  readonly why: string;
}

/** The mode a raw setting value asks for; anything but a known mode (settings.json is free text) is `auto`. */
export function readMode(value: unknown): LanguageServerMode {
  return LANGUAGE_SERVER_MODES.find((mode) => mode === value) ?? 'auto';
}

/** Whether VS Code's TypeScript 7 switch is on, given a reader of `section`'s `key`. */
export function isTypeScript7(read: (section: string, key: string) => unknown): boolean {
  return TYPESCRIPT_7_SETTINGS.some(({ section, key }) => read(section, key) === true);
}

export function chooseRoute({ mode, typescript7, tsserver }: Editor): Route {
  if (mode === 'on') return { via: 'language-server', why: 'daprCodes.languageServer is "on".' };
  if (typescript7) {
    return mode === 'auto'
      ? { via: 'language-server', why: 'TypeScript 7 is enabled (js/ts.experimental.useTsgo): its server loads no tsserver plugins.' }
      : { via: 'none', why: 'TypeScript 7 is enabled, which loads no tsserver plugins, and daprCodes.languageServer is "off": no Dapr code features in the editor.' };
  }
  if (tsserver) return { via: 'tsserver-plugin', why: "VS Code's TypeScript service loads the contributed tsserver plugin." };
  return mode === 'auto'
    ? { via: 'language-server', why: "VS Code's TypeScript extension is disabled, so no tsserver plugin is loaded." }
    : { via: 'none', why: 'VS Code\'s TypeScript extension is disabled and daprCodes.languageServer is "off": no Dapr code features in the editor.' };
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
