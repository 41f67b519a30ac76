// The names handled at the same place as a string (ESTree): the other cases of its switch, the other
// strings compared in its if/else chain or `||` chain, the other members of its list. The catalog decides
// what they change (`getCodeProblem`: a rename handled alongside covers a rolling upgrade).
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { literalValue } from './node-shapes.js';

const EQUALITY = new Set(['===', '==']);
const NONE: ReadonlySet<string> = new Set();

/** `x === "A" || "B" == x || ...`: the strings compared, or undefined when the test is anything else. */
function comparedStrings(test: TSESTree.Node): string[] | undefined {
  if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '||') {
    const left = comparedStrings(test.left);
    const right = left && comparedStrings(test.right);
    return right && [...left!, ...right];
  }
  if (test.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY.has(test.operator)) return undefined;
  const value = literalValue(test.right) ?? literalValue(test.left);
  return value === undefined ? undefined : [value];
}

/** The strings of an if/else-if chain's tests, from the chain's first `if`. */
function chainStrings(statement: TSESTree.IfStatement): string[] {
  let first = statement;
  while (first.parent.type === AST_NODE_TYPES.IfStatement && first.parent.alternate === first) first = first.parent;
  const out: string[] = [];
  for (let cur: TSESTree.Node | null = first; cur?.type === AST_NODE_TYPES.IfStatement; cur = cur.alternate) out.push(...(comparedStrings(cur.test) ?? []));
  return out;
}

/** The top of the `||` chain a comparison is part of. */
function orChainTop(comparison: TSESTree.Node): TSESTree.Node {
  let top = comparison;
  while (top.parent?.type === AST_NODE_TYPES.LogicalExpression && top.parent.operator === '||') top = top.parent;
  return top;
}

function alongsideOf(node: TSESTree.Node): readonly string[] {
  const parent = node.parent;
  if (!parent) return [];
  if (parent.type === AST_NODE_TYPES.SwitchCase && parent.test === node) {
    return parent.parent.cases.flatMap((c) => (c.test ? [literalValue(c.test)] : [])).filter((v): v is string => v !== undefined);
  }
  if (parent.type === AST_NODE_TYPES.ArrayExpression) {
    return parent.elements.flatMap((e) => (e ? [literalValue(e)] : [])).filter((v): v is string => v !== undefined);
  }
  if (parent.type === AST_NODE_TYPES.BinaryExpression && EQUALITY.has(parent.operator)) {
    const top = orChainTop(parent);
    if (top.parent?.type === AST_NODE_TYPES.IfStatement && top.parent.test === top) return chainStrings(top.parent);
    return comparedStrings(top) ?? [];
  }
  return [];
}

/** The other strings handled where this literal is (itself left out). */
export function handledAlongside(node: TSESTree.Node): ReadonlySet<string> {
  const own = literalValue(node);
  const names = alongsideOf(node).filter((v) => v !== own);
  return names.length === 0 ? NONE : new Set(names);
}
