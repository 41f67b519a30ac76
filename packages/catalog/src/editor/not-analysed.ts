// A file the editor hosts do not analyse gets one diagnostic on its first line (code 93113) saying why
// and what to do: longer than `maxFileSize`, or beyond what the analysis can follow. The texts, for every host.
import { DiagnosticCode } from './diagnostic-codes.js';

/**
 * The default `maxFileSize`, in characters. A file at it (some 20,000–30,000 lines) costs the language
 * server about a second of CPU on open (bench/file-size.bench.mjs, packages/language-server/README.md).
 */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
/**
 * The largest `maxFileSize`: the language server's parser thread reserves native stack in proportion
 * to the longest text (about 2.4 KB per character), and beyond this a machine may not have it to give.
 */
export const MAX_FILE_SIZE_CEILING = 10_000_000;

export interface NotAnalysedProblem {
  readonly code: typeof DiagnosticCode.NotAnalysed;
  readonly message: string;
}

const group = (n: number) => n.toLocaleString('en-US');

/** A file longer than `maxFileSize`. */
export function fileTooLarge(host: string, length: number, maxFileSize: number): NotAnalysedProblem {
  return {
    code: DiagnosticCode.NotAnalysed,
    message: `${host}: this file is not checked for Dapr codes: ${group(length)} characters, over maxFileSize (${group(maxFileSize)}). Raise the "maxFileSize" option (up to ${group(MAX_FILE_SIZE_CEILING)}) to check it.`,
  };
}

/** A file the analysis could not follow: `why` says where it stopped (its nesting, the parser). */
export function fileNotAnalysed(host: string, why: string): NotAnalysedProblem {
  return {
    code: DiagnosticCode.NotAnalysed,
    message: `${host}: this file is not checked for Dapr codes: ${why}. Other files are; edit this one or leave it out of the project to clear this.`,
  };
}
