// The one call into oxc-parser, and how the tree comes back from Rust. Where the runtime can (Node 22+,
// 64-bit little-endian) by raw transfer: JS reads the AST straight from the buffer Rust wrote it to,
// 2.5-3x as fast as the JSON string and `JSON.parse` of the default path on real code, 5-7x on the
// benchmark's generated file (`bench/raw-transfer.bench.mjs`, Node 24). Node 20 cannot create the buffer's
// ArrayBuffer (over 4 GiB): the JSON path. Both give the same tree (tests/language-server/oxc-parse.test.ts).
import { parseSync, rawTransferSupported, type ParseResult, type ParserOptions } from 'oxc-parser';

export type Lang = 'js' | 'jsx' | 'ts' | 'tsx';

/** oxc-parser's options, with the raw transfer switch its typings do not declare yet (experimental). */
export type OxcOptions = ParserOptions & { readonly experimentalRawTransfer?: boolean };

/**
 * The options of every parse: TS-ESTree's shape for JavaScript too (`decorators: []` on parameters, ...,
 * which the scope manager expects), `range` on nodes, no parenthesized-expression nodes (ESLint has none).
 */
export function oxcOptions(lang: Lang, sourceType: 'script' | 'module', rawTransfer: boolean): OxcOptions {
  return { lang, sourceType, astType: 'ts', range: true, preserveParens: false, ...(rawTransfer ? { experimentalRawTransfer: true } : {}) };
}

/** Raw transfer is used while the runtime supports it and its buffer could be allocated. */
let rawTransfer: boolean | undefined;

/** Whether parses use raw transfer (decided on the first parse). */
export function usesRawTransfer(): boolean {
  rawTransfer ??= rawTransferSupported();
  return rawTransfer;
}

export function oxcParse(fileName: string, source: string, lang: Lang, sourceType: 'script' | 'module'): ParseResult {
  if (usesRawTransfer()) {
    try {
      return parseWith(fileName, source, lang, sourceType, true);
    } catch (error) {
      // Its buffer reserves 6 GiB of address space: a runtime that caps ArrayBuffers (a V8 sandbox, a
      // ulimit) refuses it with a RangeError. The JSON path from then on.
      if (!(error instanceof RangeError)) throw error;
      rawTransfer = false;
    }
  }
  return parseWith(fileName, source, lang, sourceType, false);
}

/** One parse by raw transfer or by JSON, as told (the benchmark and the tests compare the two). */
export function parseWith(fileName: string, source: string, lang: Lang, sourceType: 'script' | 'module', rawTransfer: boolean): ParseResult {
  return parseSync(fileName, source, oxcOptions(lang, sourceType, rawTransfer));
}
