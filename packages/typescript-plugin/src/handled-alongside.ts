// The names handled at the same place as a string (TypeScript's tree; the ESLint plugin's twin reads
// ESTree): the other cases of its switch, the other strings compared in its if/else chain or `||`
// chain, the other members of its list. Asked only for a code some targeted runtimes do not send, so the
// `ts.isX` guards are no hot path; the catalog decides what the names change (`getCodeProblem`).
import type * as ts from 'typescript';
import type { TS } from './syntax-kinds.js';

const NONE: ReadonlySet<string> = new Set();

function stringOf(t: TS, node: ts.Node): string | undefined {
  return t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

function isEquality(t: TS, kind: ts.SyntaxKind): boolean {
  return kind === t.SyntaxKind.EqualsEqualsEqualsToken || kind === t.SyntaxKind.EqualsEqualsToken;
}

/** `x === "A" || "B" == x || ...`: the strings compared, or undefined when the test is anything else. */
function comparedStrings(t: TS, test: ts.Expression): string[] | undefined {
  if (t.isParenthesizedExpression(test)) return comparedStrings(t, test.expression);
  if (!t.isBinaryExpression(test)) return undefined;
  if (test.operatorToken.kind === t.SyntaxKind.BarBarToken) {
    const left = comparedStrings(t, test.left);
    const right = left && comparedStrings(t, test.right);
    return right && [...left!, ...right];
  }
  if (!isEquality(t, test.operatorToken.kind)) return undefined;
  const value = stringOf(t, test.right) ?? stringOf(t, test.left);
  return value === undefined ? undefined : [value];
}

function chainStrings(t: TS, statement: ts.IfStatement): string[] {
  let first = statement;
  while (t.isIfStatement(first.parent) && first.parent.elseStatement === first) first = first.parent;
  const out: string[] = [];
  for (let cur: ts.Statement | undefined = first; cur && t.isIfStatement(cur); cur = cur.elseStatement) out.push(...(comparedStrings(t, cur.expression) ?? []));
  return out;
}

function orChainTop(t: TS, comparison: ts.Expression): ts.Expression {
  let top = comparison;
  while ((t.isBinaryExpression(top.parent) && top.parent.operatorToken.kind === t.SyntaxKind.BarBarToken) || t.isParenthesizedExpression(top.parent)) top = top.parent;
  return top;
}

function alongsideOf(t: TS, literal: ts.Node): readonly string[] {
  const parent = literal.parent;
  const strings = (nodes: readonly ts.Node[]) => nodes.map((n) => stringOf(t, n)).filter((v): v is string => v !== undefined);
  if (t.isCaseClause(parent) && parent.expression === literal) {
    return strings(parent.parent.clauses.flatMap((c) => (t.isCaseClause(c) ? [c.expression] : [])));
  }
  if (t.isArrayLiteralExpression(parent)) return strings(parent.elements);
  if (t.isBinaryExpression(parent) && isEquality(t, parent.operatorToken.kind)) {
    const top = orChainTop(t, parent);
    if (t.isIfStatement(top.parent) && top.parent.expression === top) return chainStrings(t, top.parent);
    return comparedStrings(t, top) ?? [];
  }
  return [];
}

/** The other strings handled where this literal is (itself left out). */
export function handledAlongside(t: TS, literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): ReadonlySet<string> {
  const names = alongsideOf(t, literal).filter((v) => v !== literal.text);
  return names.length === 0 ? NONE : new Set(names);
}
