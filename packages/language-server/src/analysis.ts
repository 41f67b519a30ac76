// One document version analysed once: parsed, then linted by the Dapr rules. Hover, completion,
// diagnostics and code actions of that version all read the same analysis.
import type { EditorOptions } from '@dapr-codes/catalog';
import { lint, type LintResult } from './lint-runner.js';
import { parseFile, type ParsedFile } from './parse.js';
import { lintConfigOf } from './rule-configs.js';

export type Analysis =
  | { readonly ok: true; readonly file: ParsedFile; readonly lint: LintResult | undefined }
  | { readonly ok: false; readonly error: string };

/** Parse and (when diagnostics are on) lint. Never throws: a failure is a result. */
export function analyze(fileName: string, text: string, options: EditorOptions): Analysis {
  try {
    return analyzeUnguarded(fileName, text, options);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function analyzeUnguarded(fileName: string, text: string, options: EditorOptions): Analysis {
  const parsed = parseFile(fileName, text);
  if (!parsed.ok) return parsed;
  if (!options.diagnostics) return { ok: true, file: parsed.file, lint: undefined };
  const config = lintConfigOf(options);
  return { ok: true, file: parsed.file, lint: lint(parsed.file, config.rules, config.settings, fileName) };
}
