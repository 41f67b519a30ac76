// The one diagnostic of a file the server does not analyse, on its first line: the catalog's text for
// a file over `maxFileSize`, or for one the analysis could not follow (and where it stopped).
import { DIAGNOSTIC_SOURCE, fileNotAnalysed, fileTooLarge, type EditorOptions } from '@dapr-codes/catalog';
import type { Diagnostic } from 'vscode-languageserver';
import type { NotAnalysed } from '../analysis/analysis.js';
import { SERVER_NAME } from '../package-info.js';
import { THREAD_FAILED, TOO_LONG_FOR_A_THREAD } from '../parsing/native-parser.js';
import { capacityFor, stackMbFor } from '../parsing/parser-stack.js';
import { SEVERITY } from './lsp-constants.js';

/** Where the analysis stopped, as the user can act on it. */
function whyNot(error: string, length: number): string {
  if (/Maximum call stack size exceeded/.test(error)) return 'its code is nested deeper than the analysis can follow';
  if (error === TOO_LONG_FOR_A_THREAD) return `it is ${TOO_LONG_FOR_A_THREAD}; a lower maxFileSize keeps such files out`;
  if (error.startsWith(THREAD_FAILED)) return `the parser's thread could not get the ${stackMbFor(capacityFor(length))} MB of stack a file this long may need (${error.slice(THREAD_FAILED.length + 2)}); a lower maxFileSize keeps such files out`;
  return `the analysis failed (${error.split('\n')[0]!.slice(0, 200)})`;
}

/** The diagnostic of a version that is not analysed; none for one that does not parse (the editor shows the syntax error). */
export function notAnalysedDiagnostic(analysis: NotAnalysed, length: number, options: EditorOptions): Diagnostic | undefined {
  if (analysis.kind === 'syntax') return undefined;
  const problem = analysis.kind === 'size' ? fileTooLarge(SERVER_NAME, length, options.maxFileSize) : fileNotAnalysed(SERVER_NAME, whyNot(analysis.error, length));
  // The first line's start: no line table of a text that is not read.
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: SEVERITY.warning, code: problem.code, source: DIAGNOSTIC_SOURCE, message: problem.message };
}
