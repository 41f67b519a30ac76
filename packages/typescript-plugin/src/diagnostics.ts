// Diagnostics for unknown and deprecated codes (the decisions and messages of the ESLint rules
// `no-unknown-code` and `no-deprecated-code`), and for plugin misconfiguration.
import {
  DIAGNOSTIC_SOURCE,
  DiagnosticCode,
  fileTooLarge,
  getCodeProblem,
  isKnownUse,
  unknownCodeMessage,
  writtenName,
  type CodeProblem,
  type ConfigProblem,
  type DaprTarget,
  type EditorOptions,
  type KnownUse,
  type Severity,
} from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { occurrencesInFile, type ClassifyContext, type Occurrence } from './occurrences.js';
import type { TS } from './syntax-kinds.js';

export interface Finding {
  readonly code: typeof DiagnosticCode.UnknownCode | typeof DiagnosticCode.DeprecatedCode;
  readonly message: string;
  readonly span: ts.TextSpan;
  /** What a quick fix replaces. */
  readonly valueSpan: ts.TextSpan;
  /** Quick fixes, best first: "did you mean" names, or the code that replaced a removed one. */
  readonly replacements: readonly string[];
  /** Removed or renamed: editors strike it through. */
  readonly deprecated: boolean;
}

// Uses come from a remembering classifier (one object per string and site): so can their problems.
const problems = new WeakMap<KnownUse, { readonly target: DaprTarget | undefined; readonly problem: CodeProblem | undefined }>();

function problemOf(use: KnownUse, target: DaprTarget | undefined): CodeProblem | undefined {
  const known = problems.get(use);
  if (known && known.target === target) return known.problem;
  const problem = getCodeProblem(use, target);
  problems.set(use, { target, problem });
  return problem;
}

function findingOf(occurrence: Occurrence, target: DaprTarget | undefined): Finding | undefined {
  const { use, span, valueSpan } = occurrence;
  if (!isKnownUse(use)) {
    // The catalog writes suggestions in the case the comparison matches.
    const replacements = use.suggestions;
    return { code: DiagnosticCode.UnknownCode, message: unknownCodeMessage(use), span, valueSpan, replacements, deprecated: false };
  }
  const general = problemOf(use, target);
  // A gap in the targeted runtimes may be covered by a rename handled alongside: that depends on the place.
  const problem = general?.kind === 'not-in-version' && occurrence.alongside ? getCodeProblem(use, target, occurrence.alongside) : general;
  if (!problem) return undefined;
  return {
    code: DiagnosticCode.DeprecatedCode,
    message: problem.message,
    span,
    valueSpan,
    replacements: problem.replacement ? [writtenName(occurrence.site, problem.replacement)] : [],
    deprecated: problem.kind === 'removed' || problem.kind === 'former-name',
  };
}

export function findingsInFile(cx: ClassifyContext, target: DaprTarget | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const occurrence of occurrencesInFile(cx)) {
    const finding = findingOf(occurrence, target);
    if (finding) findings.push(finding);
  }
  return findings;
}

export function toDiagnostic(t: TS, sourceFile: ts.SourceFile, finding: Finding, severity: Severity): ts.Diagnostic {
  return {
    file: sourceFile,
    start: finding.span.start,
    length: finding.span.length,
    messageText: finding.message,
    category: severity === 'error' ? t.DiagnosticCategory.Error : t.DiagnosticCategory.Warning,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    ...(finding.deprecated ? { reportsDeprecated: {} } : {}),
  };
}

/** Whether the file is over `maxFileSize`: TypeScript's answers alone, and the diagnostic that says so. */
export const isTooLarge = (sourceFile: ts.SourceFile, options: EditorOptions): boolean => sourceFile.text.length > options.maxFileSize;

/** The one diagnostic of a file over `maxFileSize`, on its first line. */
export function tooLargeDiagnostic(t: TS, sourceFile: ts.SourceFile, options: EditorOptions, host: string): ts.Diagnostic {
  const problem = fileTooLarge(host, sourceFile.text.length, options.maxFileSize);
  return { file: sourceFile, start: 0, length: 0, messageText: problem.message, category: t.DiagnosticCategory.Warning, code: problem.code, source: DIAGNOSTIC_SOURCE };
}

/** A misconfiguration, shown on the first line of every checked file so it cannot go unnoticed. */
export function configDiagnostics(t: TS, sourceFile: ts.SourceFile, problems: readonly ConfigProblem[]): ts.Diagnostic[] {
  const firstLine = /^[^\r\n]*/.exec(sourceFile.text)![0].length;
  return problems.map((p) => ({
    file: sourceFile,
    start: 0,
    length: firstLine,
    messageText: p.message,
    category: t.DiagnosticCategory.Warning,
    code: p.code,
    source: DIAGNOSTIC_SOURCE,
  }));
}

interface CachedFindings {
  readonly options: EditorOptions;
  readonly target: DaprTarget | undefined;
  /** Set when type information decided something: then the findings hold for this program only. */
  readonly program: ts.Program | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Findings per file, cached on the SourceFile object: TypeScript makes a new one whenever the text
 * changes and reuses it otherwise, so the cache is keyed by content without hashing it.
 */
export function createFindingsCache() {
  const cache = new WeakMap<ts.SourceFile, CachedFindings>();
  return {
    get(
      sourceFile: ts.SourceFile,
      options: EditorOptions,
      target: DaprTarget | undefined,
      program: ts.Program,
      compute: () => { findings: readonly Finding[]; usedTypes: boolean },
    ): readonly Finding[] {
      const hit = cache.get(sourceFile);
      if (hit && hit.options === options && hit.target === target && (hit.program === undefined || hit.program === program)) return hit.findings;
      const { findings, usedTypes } = compute();
      cache.set(sourceFile, { options, target, program: usedTypes ? program : undefined, findings });
      return findings;
    },
  };
}
