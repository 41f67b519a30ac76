// The text of a name in the syntax tree, when it is spelled out: `errorCode`, `"errorCode"`, `#x`, `1`.
import type * as ts from 'typescript';
import type { TS } from './syntax-kinds.js';

/** The text of a property or binding name; undefined for computed names and patterns. */
export function nameText(t: TS, name: ts.Node | undefined): string | undefined {
  return name && (t.isIdentifier(name) || t.isStringLiteralLike(name) || t.isNumericLiteral(name) || t.isPrivateIdentifier(name)) ? name.text : undefined;
}
