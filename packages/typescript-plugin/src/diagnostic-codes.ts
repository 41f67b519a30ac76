// Every diagnostic code the plugin reports. The range 93100–93119 is reserved for it; docs/editors.md
// lists the same table. Editors show the number, users search for it: never renumber.

export const DiagnosticCode = {
  /** A string in a Dapr-code position that is no Dapr code or reason (ESLint: `no-unknown-code`). */
  UnknownCode: 93100,
  /** A known code that is removed, renamed, never sent or absent from `daprVersion` (ESLint: `no-deprecated-code`). */
  DeprecatedCode: 93101,
  /** A plugin option has the wrong type or value. */
  InvalidOption: 93110,
  /** The plugin options contain a name the plugin does not know. */
  UnknownOption: 93111,
  /** `daprVersion` is not a runtime version the catalog covers. */
  UnsupportedDaprVersion: 93112,
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** Codes that come with "Replace with …" quick fixes. */
export const FIXABLE_CODES: readonly DiagnosticCode[] = [DiagnosticCode.UnknownCode, DiagnosticCode.DeprecatedCode];

/** The `source` of every diagnostic, shown by editors next to the message. */
export const DIAGNOSTIC_SOURCE = 'dapr-codes';
