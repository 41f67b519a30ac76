// The `daprCodes.*` settings as the tsserver plugin and the language server take them: the same option
// names in both, without the extension's own `languageServer` switch.

import { SECTION } from './names.js';

/** The options both the tsserver plugin and the language server read (their option names; a test keeps them equal to the catalog's). */
export const OPTION_KEYS = ['daprVersion', 'severity', 'allowedCodes', 'diagnostics', 'hover', 'completions', 'removedCodeCompletions', 'appCodes', 'daprClient', 'maxFileSize'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

/**
 * The options whose value `read` gives. An empty `daprVersion` (the setting's default) means "any
 * version" and is left out, as is every key with no value, so the plugin keeps its tsconfig entry for it.
 */
export function optionsFrom(read: (key: OptionKey) => unknown): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const value = read(key);
    if (value === undefined || (key === 'daprVersion' && value === '')) continue;
    options[key] = value;
  }
  return options;
}

export interface ConfigurationItem {
  readonly section?: string;
  readonly scopeUri?: string;
}

/**
 * The answer to the language server's `workspace/configuration` request: for the `daprCodes` section,
 * the options the user set for that scope (what the tsserver plugin gets too, so a `tsconfig.json`
 * entry counts for the rest); other sections as VS Code answered them.
 */
export function answerConfiguration(items: readonly ConfigurationItem[], values: readonly unknown[], optionsFor: (scopeUri: string | undefined) => Record<string, unknown>): unknown[] {
  return items.map((item, i) => (item.section === SECTION ? optionsFor(item.scopeUri) : values[i]));
}
