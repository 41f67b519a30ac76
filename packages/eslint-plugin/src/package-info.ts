// The plugin's own package.json, read once: its name and version (the plugin's `meta`) and its
// repository (where the rule docs live). Browser bundles answer this read at build time (packages/site).
import { createRequire } from 'node:module';

export const manifest = createRequire(import.meta.url)('../package.json') as {
  readonly name: string;
  readonly version: string;
  readonly repository: { readonly url: string; readonly directory: string };
};
