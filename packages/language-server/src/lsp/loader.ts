// What the server does beyond speaking LSP (`deferred.ts`) is loaded once, on first use after
// `initialize` is answered, with the one settings resolver of the server.
import type * as Deferred from './deferred.js';

export type Features = typeof Deferred;
export type SettingsResolver = ReturnType<Features['createSettingsResolver']>;

export interface Loaded {
  readonly features: Features;
  readonly resolver: SettingsResolver;
}

export type Load = () => Promise<Loaded>;

export function createLoader(): Load {
  let loading: Promise<Loaded> | undefined;
  return () => (loading ??= import('./deferred.js').then((features) => ({ features, resolver: features.createSettingsResolver() })));
}
