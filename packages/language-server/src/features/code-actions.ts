// Quick fixes from the rules' suggestions, titled as the catalog titles every fix (fixTitle): "Replace with
// 'X'" for unknown and deprecated codes, "Add the N missing cases" (and a default / an else) for
// non-exhaustive handling.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { QUICK_FIX } from './lsp-constants.js';
import { rangeOf } from './diagnostics.js';
import type { LspPositions } from '../parsing/line-table.js';
import type { LintMessage } from '../analysis/lint-runner.js';

export function codeActionsFor(messages: readonly LintMessage[], diagnostics: readonly Diagnostic[], lines: LspPositions, uri: string, range: Range): CodeAction[] {
  const start = lines.offset(range.start);
  const end = lines.offset(range.end);
  return messages
    .map((message, i) => ({ message, diagnostic: diagnostics[i]! }))
    .filter(({ message }) => message.start <= end && start <= message.end)
    .flatMap(({ message, diagnostic }) =>
      message.suggestions.map(
        (s): CodeAction => ({
          title: s.desc,
          kind: QUICK_FIX,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [{ range: rangeOf(lines, s.fix.range[0], s.fix.range[1]), newText: s.fix.text }] } },
        }),
      ),
    );
}
