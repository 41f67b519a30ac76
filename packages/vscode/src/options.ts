// The `daprCodes.*` settings as the tsserver plugin and the language server take them: the same option
// names in both, without the extension's own `languageServer` switch.

import { SECTION } from './names.js';

/** The options both the tsserver plugin and the language server read (their option names). */
export const OPTION_KEYS = ['daprVersion', 'severity', 'allowedCodes', 'diagnostics', 'hover', 'completions', 'removedCodeCompletions'] as const;
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The answer to the language server's `workspace/configuration` request: the `daprCodes` section as
 * options, other sections untouched.
 */
export function serverConfiguration(sections: readonly (string | undefined)[], values: readonly unknown[]): unknown[] {
  return values.map((value, i) => {
    if (sections[i] !== SECTION) return value;
    return optionsFrom((key) => (isRecord(value) ? value[key] : undefined));
  });
}
