// "Replace with 'ERR_X'" quick fixes for the plugin's diagnostics, and making their codes known as
// fixable to clients that ask for fixable codes without naming a file.
import { FIXABLE_CODES, fixTitle } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import type { Log } from './decorate.js';
import type { Finding } from './diagnostics.js';
import type { TS } from './syntax-kinds.js';

const FIX_NAME = 'daprCodesReplace';

const overlaps = (span: ts.TextSpan, start: number, end: number) => span.start <= end && start <= span.start + span.length;

export function isFixable(code: number): boolean {
  return (FIXABLE_CODES as readonly number[]).includes(code);
}

/** One fix per replacement of each finding in the range whose code was asked for. */
export function codeFixesFor(findings: readonly Finding[], fileName: string, start: number, end: number, errorCodes: readonly number[]): ts.CodeFixAction[] {
  return findings
    .filter((f) => errorCodes.includes(f.code) && overlaps(f.span, start, end))
    .flatMap((f) =>
      f.replacements.map((newText) => ({
        fixName: FIX_NAME,
        description: fixTitle({ kind: 'replace', replacement: newText }),
        changes: [{ fileName, textChanges: [{ span: f.valueSpan, newText }] }],
      })),
    );
}

/** The supported codes with the plugin's fixable ones added. */
export function withFixableCodes(codes: readonly string[]): readonly string[] {
  const missing = FIXABLE_CODES.map(String).filter((c) => !codes.includes(c));
  return missing.length ? [...codes, ...missing] : codes;
}

interface CodeFixRegistry {
  registerCodeFix(registration: { errorCodes: readonly number[]; getCodeActions(): undefined }): void;
  getSupportedErrorCodes(): readonly string[];
}

/**
 * VS Code and typescript-language-server ask tsserver for fixable codes once, without a file
 * (`getSupportedCodeFixes` with no arguments). tsserver answers that from TypeScript's own code-fix
 * registry, which no language-service method can extend, and the clients never ask for fixes of
 * other codes. So the codes are added to that registry with an action-less entry; the fixes
 * themselves come from `getCodeFixesAtPosition` of each project's plugin. Once per TypeScript module.
 */
export function registerFixableCodes(t: TS, log: Log): void {
  const registry = (t as unknown as { codefix?: Partial<CodeFixRegistry> }).codefix;
  if (typeof registry?.registerCodeFix !== 'function' || typeof registry.getSupportedErrorCodes !== 'function') {
    log(`TypeScript ${t.version} has no code-fix registry: quick fixes show only in clients that ask per file.`);
    return;
  }
  const known = registry.getSupportedErrorCodes();
  const missing = FIXABLE_CODES.filter((code) => !known.includes(String(code)));
  if (missing.length) registry.registerCodeFix({ errorCodes: missing, getCodeActions: () => undefined });
}
