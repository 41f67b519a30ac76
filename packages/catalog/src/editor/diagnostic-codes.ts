// Every diagnostic code the editor hosts (tsserver plugin, language server) report. The range
// 93100–93119 is reserved; docs/editors.md lists the same table. Editors show the number, users search
// for it: never renumber.

export const DiagnosticCode = {
  /** A string in a Dapr-code position that is no Dapr code or reason (ESLint: `no-unknown-code`). */
  UnknownCode: 93100,
  /** A known code that is removed, renamed, never sent or absent from `daprVersion` (ESLint: `no-deprecated-code`). */
  DeprecatedCode: 93101,
  /** A switch or if/else chain over Dapr codes that misses some (ESLint: `exhaustive-handling`). */
  NonExhaustiveHandling: 93102,
  /** An option has the wrong type or value. */
  InvalidOption: 93110,
  /** The options contain a name the host does not know. */
  UnknownOption: 93111,
  /** `daprVersion` is not a runtime version the catalog covers. */
  UnsupportedDaprVersion: 93112,
  /** The file is not analysed: longer than `maxFileSize`, or beyond what the analysis can follow. */
  NotAnalysed: 93113,
  /** A tsconfig/jsconfig the options are read from cannot be read: a directory, not JSON, an `extends` that loops or is not found (language server). */
  UnreadableConfig: 93114,
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** The code of each ESLint rule's findings. */
export const RULE_DIAGNOSTIC_CODES = {
  'no-unknown-code': DiagnosticCode.UnknownCode,
  'no-deprecated-code': DiagnosticCode.DeprecatedCode,
  'exhaustive-handling': DiagnosticCode.NonExhaustiveHandling,
} as const satisfies Record<string, DiagnosticCode>;

/** Codes that come with "Replace with …" quick fixes. */
export const FIXABLE_CODES: readonly DiagnosticCode[] = [DiagnosticCode.UnknownCode, DiagnosticCode.DeprecatedCode];

/** The `source` of every diagnostic, shown by editors next to the message. */
export const DIAGNOSTIC_SOURCE = 'dapr-codes';
