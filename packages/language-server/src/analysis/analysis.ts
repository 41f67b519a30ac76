// One document version analysed once: parsed, then linted by the Dapr rules. Hover, completion,
// diagnostics and code actions of that version all read the same analysis. Given the outline of the
// previous version, only what an edit can change is analysed again (`reanalysis.ts`).
import { daprContextOf, type DaprTarget, type EditorOptions } from '@dapr-codes/catalog';
import { semicolonStyle } from '@dapr-codes/eslint-plugin/hosts';
import { lint, type LintResult } from './lint-runner.js';
import { parseFile, type ParsedFile, type ParseFailure, type Span } from '../parsing/parse.js';
import { linesAfter, reanalyze, type Outline } from './reanalysis.js';
import { lintConfigOf } from './rule-configs.js';
import { statementFacts } from './statement-facts.js';

export type { Outline };

export type Analysis =
  | {
      readonly ok: true;
      /** The whole tree, or (`complete: false`) only the statements analysed again and their context. */
      readonly file: ParsedFile;
      readonly complete: boolean;
      /** Where `file` holds the statements with everything they read (the whole text when complete). */
      readonly covers: readonly Span[];
      readonly lint: LintResult | undefined;
      /** What the next version's analysis starts from (none without diagnostics). */
      readonly outline: Outline | undefined;
    }
  | NotAnalysed;

/**
 * No analysis: the version does not parse (`syntax`), is longer than `maxFileSize` (`size`: nothing of
 * the text was read), or is beyond what the analysis can follow (`limit`). The last two are said on the file.
 */
export type NotAnalysed = ParseFailure | { readonly ok: false; readonly kind: 'size'; readonly error: string };

/** Parse and (when diagnostics are on) lint. Never throws: a failure is a result. */
/** `target`: the runtimes the file's code runs against (resolved by the server from `daprVersion`). */
export function analyze(fileName: string, text: string, options: EditorOptions, previous?: Outline, target?: DaprTarget): Analysis {
  try {
    return analyzeUnguarded(fileName, text, options, previous, target);
  } catch (error) {
    // A RangeError: a tree deeper than some step's recursion reaches. Anything else is a fault of ours.
    return { ok: false, kind: 'limit', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function analyzeUnguarded(fileName: string, text: string, options: EditorOptions, previous: Outline | undefined, target: DaprTarget | undefined): Analysis {
  // Before any work on the whole text (the line table, the parse).
  if (text.length > options.maxFileSize) return { ok: false, kind: 'size', error: `longer than maxFileSize (${options.maxFileSize})` };
  const { lines, change } = linesAfter(previous, text);
  if (!options.diagnostics) {
    const parsed = parseFile(fileName, text, lines);
    return parsed.ok ? { ok: true, file: parsed.file, complete: true, covers: [[0, text.length]], lint: undefined, outline: undefined } : parsed;
  }
  const config = lintConfigOf(options, target);
  // File-wide facts the findings depend on: when one changes, every statement is analysed again.
  const key = `${fileName}\n${JSON.stringify(config)}\n${semicolonStyle(text)}\n${daprContextOf(text, options.daprClient)}`;
  const again = previous && change && reanalyze(fileName, text, lines, change, config, key, previous);
  if (again) return { ok: true, file: again.file, complete: false, covers: again.covers, lint: again.lint, outline: again.outline };
  const parsed = parseFile(fileName, text, lines);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const result = lint(file, config.rules, config.settings, fileName);
  const outline: Outline = { text, key, lines, statements: statementFacts(file.ast, file.scopeManager, text), messages: result.messages };
  return { ok: true, file, complete: true, covers: [[0, text.length]], lint: result, outline };
}
