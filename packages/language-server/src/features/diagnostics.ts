// Lint messages as LSP diagnostics: `source` and `code` as the tsserver plugin reports them, severity
// from the `severity` option, removed and renamed codes tagged Deprecated.
import { DIAGNOSTIC_SOURCE, RULE_DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '@dapr-codes/catalog';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { DEPRECATED_TAG, SEVERITY } from './lsp-constants.js';
import type { LspPositions } from '../parsing/line-table.js';
import type { LintMessage } from '../analysis/lint-runner.js';

const STRUCK_THROUGH = new Set(['removed', 'former-name']);

export function rangeOf(lines: LspPositions, start: number, end: number): Range {
  return { start: lines.position(start), end: lines.position(end) };
}

export function toDiagnostic(message: LintMessage, lines: LspPositions, severity: Severity): Diagnostic {
  const deprecated = message.ruleId === 'no-deprecated-code' && STRUCK_THROUGH.has(String(message.data['kind']));
  return {
    range: rangeOf(lines, message.start, message.end),
    severity: SEVERITY[severity],
    code: RULE_DIAGNOSTIC_CODES[message.ruleId],
    source: DIAGNOSTIC_SOURCE,
    message: message.message,
    ...(deprecated ? { tags: [DEPRECATED_TAG] } : {}),
  };
}

/** A configuration problem, on the range of the option entry, or of what in a config file could not be read. */
export function configDiagnostic(problem: { readonly code: DiagnosticCode; readonly message: string }, range: Range): Diagnostic {
  return { range, severity: SEVERITY.warning, code: problem.code, source: DIAGNOSTIC_SOURCE, message: problem.message };
}
