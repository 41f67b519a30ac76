// Facts a rule reads of the whole file rather than of the code it reports on. A host that reuses a
// statement's findings across edits (the language server) must redo every statement when one changes.

/** Statements end with semicolons if any statement does (at a line end or before `}`). */
export function semicolonStyle(text: string): ';' | '' {
  return /;[ \t]*(?:$|\}|\/\/)/m.test(text) ? ';' : '';
}
