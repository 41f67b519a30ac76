// Finding the string tokens of a file: the one under the cursor (a direct descent, no file walk) or all
// of them (for diagnostics). Comments are never read: they are trivia, not nodes.
import type * as ts from 'typescript';
import { kindsOf, type TS } from './syntax-kinds.js';

/** A string literal whose whole value can be a code. */
export type WholeString = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
/** A token holding string text; JSON in it may carry codes. */
export type StringToken = WholeString | ts.TemplateHead | ts.TemplateMiddle | ts.TemplateTail;

export function isWholeString(t: TS, node: ts.Node): node is WholeString {
  const k = kindsOf(t);
  return node.kind === k.StringLiteral || node.kind === k.NoSubstitutionTemplateLiteral;
}

function isStringToken(t: TS, node: ts.Node): node is StringToken {
  const k = kindsOf(t);
  return node.kind === k.StringLiteral || node.kind === k.NoSubstitutionTemplateLiteral || node.kind === k.TemplateHead || node.kind === k.TemplateMiddle || node.kind === k.TemplateTail;
}

function childAt(t: TS, node: ts.Node, position: number): ts.Node | undefined {
  return t.forEachChild(node, (child) => (child.pos <= position && position < child.end ? child : undefined));
}

function deepestAt(t: TS, sourceFile: ts.SourceFile, position: number): ts.Node {
  let node: ts.Node = sourceFile;
  for (let child = childAt(t, node, position); child; child = childAt(t, node, position)) node = child;
  return node;
}

/**
 * The string token the position is in (its quotes included). An unterminated string (`"ERR_ST|` while
 * typing) ends where the cursor is, so the position just past it counts too.
 */
export function stringTokenAt(t: TS, sourceFile: ts.SourceFile, position: number): StringToken | undefined {
  const node = deepestAt(t, sourceFile, position);
  if (isStringToken(t, node) && node.getStart(sourceFile) <= position) return node;
  if (position === 0) return undefined;
  const before = deepestAt(t, sourceFile, position - 1);
  return isWholeString(t, before) && before.isUnterminated && before.end === position ? before : undefined;
}

/** The text between the quotes; for an unterminated string, up to its end. */
export function contentSpan(literal: WholeString, sourceFile: ts.SourceFile): ts.TextSpan {
  const start = literal.getStart(sourceFile) + 1;
  const end = literal.isUnterminated ? literal.end : literal.end - 1;
  return { start, length: Math.max(0, end - start) };
}

/**
 * Calls `visit`, in source order, for the string tokens that contain one of `offsets` (sorted), and
 * only walks the subtrees that do: a large file with a few candidates costs a few descents.
 */
export function forEachStringTokenAt(t: TS, sourceFile: ts.SourceFile, offsets: readonly number[], visit: (token: StringToken) => void): void {
  const k = kindsOf(t);
  let next = 0;
  const walk = (node: ts.Node): undefined => {
    // Children come in source order, so offsets before this node belong to nothing still to visit.
    while (next < offsets.length && offsets[next]! < node.pos) next++;
    if (next === offsets.length || offsets[next]! >= node.end) return undefined;
    const kind = node.kind;
    if (kind === k.StringLiteral || kind === k.NoSubstitutionTemplateLiteral || kind === k.TemplateHead || kind === k.TemplateMiddle || kind === k.TemplateTail) visit(node as StringToken);
    else t.forEachChild(node, walk);
    return undefined;
  };
  walk(sourceFile);
}

/** The expression a token stands for in its parent: the literal itself, or the template it is part of. */
export function stringExpressionOf(t: TS, token: StringToken): ts.Expression {
  if (isWholeString(t, token)) return token;
  // A TemplateHead's parent is the TemplateExpression; middles and tails sit in a TemplateSpan.
  return (token.kind === kindsOf(t).TemplateHead ? token.parent : token.parent.parent) as ts.Expression;
}
