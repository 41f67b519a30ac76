// The string literal at an offset, found by descending the tree along the nodes that contain it.
import type { CodeLiteral } from '@dapr-codes/eslint-plugin/hosts';
import type { TSESTree } from '@typescript-eslint/types';
import { childNodes } from './children.js';

function childContaining(node: TSESTree.Node, offset: number): TSESTree.Node | undefined {
  return childNodes(node).find((child) => child.range[0] <= offset && offset <= child.range[1]);
}

/** The string literal (or template without expressions) whose source range holds `offset`, quotes included. */
export function stringLiteralAt(ast: TSESTree.Program, offset: number): CodeLiteral | undefined {
  let node: TSESTree.Node = ast;
  for (let child = childContaining(node, offset); child; child = childContaining(node, offset)) node = child;
  if (node.type === 'TemplateElement') node = node.parent;
  if (node.type === 'Literal' && typeof node.value === 'string') return node as TSESTree.StringLiteral;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node;
  return undefined;
}

/** Strictly between the quotes: where typing changes the string's content. */
export function isInsideQuotes(literal: CodeLiteral, offset: number): boolean {
  return literal.range[0] < offset && offset < literal.range[1];
}
