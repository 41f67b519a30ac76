// Declarations for the two untyped modules the parser loader uses.

declare module '@napi-rs/wasm-runtime' {
  export const WASI: new (options: { version: 'preview1' }) => unknown;
  export const emnapiAsyncWorkPlugin: unknown;
  export const emnapiTSFNPlugin: unknown;
  export function getDefaultContext(): unknown;
  export function instantiateNapiModule(wasm: Uint8Array | WebAssembly.Module, options: Record<string, unknown>): Promise<unknown>;
}

declare module 'oxc-parser/src-js/wrap.js' {
  /** Takes the native result's fields out; the program is JSON-parsed on first read. */
  export function wrap(result: unknown): unknown;
}
