// Shapes of tsserver answers, reduced to what the tests compare.
import type { server } from 'typescript';
import { textBetween } from './text.js';

type Diagnostic = server.protocol.Diagnostic;

export interface SeenDiagnostic {
  readonly code: number;
  readonly category: string;
  readonly text: string;
  /** The source text the diagnostic covers. */
  readonly covers: string;
  readonly source?: string;
  readonly deprecated?: true;
}

export function seen(source: string, diagnostics: readonly Diagnostic[]): SeenDiagnostic[] {
  return diagnostics.map((d) => ({
    code: d.code!,
    category: d.category,
    text: d.text,
    covers: textBetween(source, d.start, d.end),
    ...(d.source ? { source: d.source } : {}),
    ...(d.reportsDeprecated ? { deprecated: true as const } : {}),
  }));
}

/** The `getCodeFixes` arguments for a diagnostic. */
export function fixArgs(file: string, d: Diagnostic): server.protocol.CodeFixRequestArgs {
  return { file, startLine: d.start.line, startOffset: d.start.offset, endLine: d.end.line, endOffset: d.end.offset, errorCodes: [d.code!] };
}

export interface SeenFix {
  readonly description: string;
  readonly edits: readonly { readonly replaces: string; readonly newText: string }[];
}

export function seenFixes(source: string, fixes: readonly server.protocol.CodeFixAction[]): SeenFix[] {
  return fixes.map((f) => ({
    description: f.description,
    edits: f.changes.flatMap((c) => c.textChanges.map((t) => ({ replaces: textBetween(source, t.start, t.end), newText: t.newText }))),
  }));
}
