// What the adapters need to know of ESTree nodes, shared by the modules that place a string (code-sites,
// value-flow, assertion-site): the string a literal holds, a property's name, and the wrappers that do
// not change a value.
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/** The string a literal holds: a string Literal or a template literal without expressions. */
export function literalValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Through what does not change what an expression is: `x?.y` chains, `x!`, `x as T`, `x satisfies T`, `<T>x`, `await x`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let cur = node;
  for (;;) {
    switch (cur.type) {
      case AST_NODE_TYPES.ChainExpression:
        cur = cur.expression;
        break;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        cur = cur.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        cur = cur.argument;
        break;
      default:
        return cur;
    }
  }
}

/** The name of a property or member: an identifier key, or a string-literal one. */
export function propertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

const TRANSPARENT = new Set<string>([AST_NODE_TYPES.TSAsExpression, AST_NODE_TYPES.TSSatisfiesExpression, AST_NODE_TYPES.TSNonNullExpression, AST_NODE_TYPES.TSTypeAssertion]);

/** The outermost of the wrappers that do not change a value (`"S" as const`, `x!`). */
export function outermost(node: TSESTree.Node): TSESTree.Node {
  let cur = node;
  while (cur.parent && TRANSPARENT.has(cur.parent.type)) cur = cur.parent;
  return cur;
}
