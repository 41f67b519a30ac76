// Assertion calls in ESTree, described in the catalog's terms (`AssertionCall`): `assert.equal(a, "X")`,
// an imported `strictEqual(a, "X")`, `expect(a).toBe("X")`, chai's `expect(a).to.equal("X")` and
// `a.should.equal("X")`. The catalog decides what the string's position is (`positionOfAssertion`).
import { ASSERTION_METHODS, EXPECT_FUNCTIONS, positionOfAssertion, SHOULD_PROPERTY, type NameChain, type Position } from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { literalValue, propertyName } from './node-shapes.js';

/** A string argument's value (a property name in `toHaveProperty("errorCode", …)`). */
const stringArgument = (arg: TSESTree.Node | undefined) => (arg ? literalValue(arg) : undefined);

type Chain = (node: TSESTree.Node) => NameChain | undefined;

/**
 * The actual value of a matcher chain: down the callee's object through property reads (`.not`,
 * `.resolves`, `.to.be`) to `expect(actual)` or to `actual.should`. Undefined when it is neither.
 */
function actualOf(object: TSESTree.Node): TSESTree.Node | undefined {
  let cur = object;
  while (cur.type === AST_NODE_TYPES.MemberExpression) {
    if (propertyName(cur) === SHOULD_PROPERTY) return cur.object;
    cur = cur.object;
  }
  if (cur.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = cur.callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(cur.callee) : cur.callee.type === AST_NODE_TYPES.Identifier ? cur.callee.name : undefined;
  const actual = cur.arguments[0];
  return callee !== undefined && EXPECT_FUNCTIONS.has(callee) && actual && actual.type !== AST_NODE_TYPES.SpreadElement ? actual : undefined;
}

/** Where an argument of a call stands when the call is an assertion; undefined when it is not one. */
export function assertionPosition(call: TSESTree.CallExpression, index: number, chain: Chain): Position | undefined {
  const callee = call.callee;
  const method = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
  // Most calls of a file stop here, by their name alone.
  if (method === undefined || !ASSERTION_METHODS.has(method)) return undefined;
  const argument = (i: number) => {
    const arg = call.arguments[i];
    return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? chain(arg) : undefined;
  };
  const actual = callee.type === AST_NODE_TYPES.MemberExpression ? actualOf(callee.object) : undefined;
  if (actual) return positionOfAssertion({ style: 'matcher', method, index, actual: () => chain(actual), stringArgument: (i) => stringArgument(call.arguments[i]) });
  return positionOfAssertion({ style: 'assert', method, index, count: call.arguments.length, argument, stringArgument: (i) => stringArgument(call.arguments[i]) });
}
