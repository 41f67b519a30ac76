// oxc-parser ships no types for the two modules the server uses beside its entry point.
declare module 'oxc-parser/src-js/wrap.js' {
  /** oxc's program JSON as an ESTree program (BigInt and RegExp literals filled in). */
  export function jsonParseAst(programJson: string): unknown;
}

// The native binding itself, which the parser's thread calls (parse-worker.js).
declare module 'oxc-parser/src-js/bindings' {
  export function parseSync(
    fileName: string,
    source: string,
    options: Record<string, unknown>,
  ): {
    readonly program: string;
    readonly comments: readonly { type: 'Line' | 'Block'; value: string; start: number; end: number }[];
    readonly errors: readonly { message: string }[];
    readonly module: unknown;
  };
}
