// Assertion calls in the TypeScript tree, described for the catalog (`AssertionCall`), as the ESLint
// rules describe them in theirs: `assert.equal(a, "X")`, `strictEqual(a, "X")`, `t.is(a, "X")`,
// `expect(a).not.toBe("X")`, chai's `expect(a).to.equal("X")` and `a.should.equal("X")`. The catalog
// decides what the string's position is (`positionOfAssertion`).
import { ASSERTION_METHODS, EXPECT_FUNCTIONS, positionOfAssertion, SHOULD_PROPERTY, type NameChain, type Position } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import type { Kinds } from './syntax-kinds.js';

type Chain = (expression: ts.Expression) => NameChain | undefined;

// ESTree has no parentheses: they are skipped here so that both trees see the same calls.
function skipParentheses(k: Kinds, node: ts.Expression): ts.Expression {
  let e = node;
  while (e.kind === k.ParenthesizedExpression) e = (e as ts.ParenthesizedExpression).expression;
  return e;
}

/** `x.name`, `x["name"]`: the member's name as written (a private `#name` is none). */
function memberName(k: Kinds, node: ts.Expression): string | undefined {
  if (node.kind === k.PropertyAccessExpression) {
    const name = (node as ts.PropertyAccessExpression).name;
    return name.kind === k.Identifier ? name.text : undefined;
  }
  if (node.kind !== k.ElementAccessExpression) return undefined;
  const argument = skipParentheses(k, (node as ts.ElementAccessExpression).argumentExpression);
  return argument.kind === k.StringLiteral ? (argument as ts.StringLiteral).text : undefined;
}

function stringArgument(k: Kinds, call: ts.CallExpression, index: number): string | undefined {
  const arg = call.arguments[index];
  const value = arg && skipParentheses(k, arg);
  return value && (value.kind === k.StringLiteral || value.kind === k.NoSubstitutionTemplateLiteral) ? (value as ts.StringLiteralLike).text : undefined;
}

const isMember = (k: Kinds, node: ts.Expression): node is ts.PropertyAccessExpression | ts.ElementAccessExpression =>
  node.kind === k.PropertyAccessExpression || node.kind === k.ElementAccessExpression;

/**
 * The actual value of a matcher chain: down the callee's object through member reads (`.not`,
 * `.resolves`, `.to.be`) to `expect(actual)` or to `actual.should`. Undefined when it is neither.
 */
function actualOf(k: Kinds, object: ts.Expression): ts.Expression | undefined {
  let e = skipParentheses(k, object);
  while (isMember(k, e)) {
    if (memberName(k, e) === SHOULD_PROPERTY) return e.expression;
    e = skipParentheses(k, e.expression);
  }
  if (e.kind !== k.CallExpression) return undefined;
  const call = e as ts.CallExpression;
  const callee = skipParentheses(k, call.expression);
  const name = callee.kind === k.Identifier ? (callee as ts.Identifier).text : memberName(k, callee);
  const actual = call.arguments[0];
  return name !== undefined && EXPECT_FUNCTIONS.has(name) && actual && actual.kind !== k.SpreadElement ? actual : undefined;
}

/** Where argument `index` of a call stands when the call is an assertion; undefined when it is not one. */
export function assertionPosition(k: Kinds, call: ts.CallExpression, index: number, chain: Chain): Position | undefined {
  const callee = skipParentheses(k, call.expression);
  const method = callee.kind === k.Identifier ? (callee as ts.Identifier).text : memberName(k, callee);
  // Most calls of a file stop here, by their name alone.
  if (method === undefined || !ASSERTION_METHODS.has(method)) return undefined;
  const strings = (i: number) => stringArgument(k, call, i);
  const actual = isMember(k, callee) ? actualOf(k, callee.expression) : undefined;
  if (actual) return positionOfAssertion({ style: 'matcher', method, index, actual: () => chain(actual), stringArgument: strings });
  const argument = (i: number) => {
    const arg = call.arguments[i];
    return arg && arg.kind !== k.SpreadElement ? chain(arg) : undefined;
  };
  return positionOfAssertion({ style: 'assert', method, index, count: call.arguments.length, argument, stringArgument: strings });
}
