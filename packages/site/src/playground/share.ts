// A playground state in the URL's fragment, so a link shares the snippet, its language, the Dapr
// version and the config: `#lang=ts&version=1.16&config=recommended&code=<base64url of the UTF-8 text>`.
// The fragment never reaches a server. Used by the playground and by the pages that link into it.
import { PLAYGROUND_CONFIGS, type PlaygroundConfig } from './lint-config.js';

export type Language = 'ts' | 'js';

export interface PlaygroundState {
  readonly code: string;
  readonly language: Language;
  readonly version: string;
  readonly config: PlaygroundConfig;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string | undefined {
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeState(state: PlaygroundState): string {
  const params = new URLSearchParams({ lang: state.language, version: state.version, config: state.config, code: toBase64Url(state.code) });
  return `#${params.toString()}`;
}

/** The state a fragment holds, each part falling back to `defaults` when missing or malformed. */
export function decodeState(fragment: string, defaults: PlaygroundState): PlaygroundState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const lang = params.get('lang');
  const config = params.get('config');
  const code = params.get('code');
  return {
    code: (code !== null ? fromBase64Url(code) : undefined) ?? defaults.code,
    language: lang === 'ts' || lang === 'js' ? lang : defaults.language,
    version: params.get('version') ?? defaults.version,
    config: PLAYGROUND_CONFIGS.find((c) => c === config) ?? defaults.config,
  };
}
