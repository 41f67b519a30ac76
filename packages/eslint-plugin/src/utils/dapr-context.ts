// A linted file's Dapr context (does it talk to Dapr?), the catalog's decision read once per file, and
// `settings.dapr.client`, the project's word on it (docs/where-a-string-is-a-code.md, "Dapr context").
import { daprContextOf, type DaprClientSetting, type DaprContext } from '@dapr-codes/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { daprSettings } from './dapr-settings.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** `settings.dapr.client` (default `'auto'`; `daprSettings` has checked its value). */
export function clientSetting(context: Context): DaprClientSetting {
  const value = daprSettings(context.settings)['client'];
  return value === true || value === false ? value : 'auto';
}

// Per file's source (a new SourceCode per lint of a file): every rule and string of the file shares one reading.
const contexts = new WeakMap<object, DaprContext>();

/** The file's context, computed when first asked (only unknown strings ask). */
export function fileContext(context: Context): () => DaprContext {
  const setting = clientSetting(context);
  const { sourceCode } = context;
  return () => {
    let known = contexts.get(sourceCode);
    if (known === undefined) contexts.set(sourceCode, (known = daprContextOf(sourceCode.text, setting)));
    return known;
  };
}
