// The child nodes of an ESTree node, in ESLint's traversal order (visitor keys; the node's own keys for
// a type the keys do not know). Shared by every walk of the server: linking, linting, lookups.
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'start', 'end', 'type']);
const keys = visitorKeys as Record<string, readonly string[] | undefined>;

export const isNode = (value: unknown): value is TSESTree.Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && Array.isArray((value as { range?: unknown }).range);

function keysOf(node: TSESTree.Node): readonly string[] {
  return keys[node.type] ?? Object.keys(node).filter((k) => !SKIPPED_KEYS.has(k));
}

export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const record = node as unknown as Record<string, unknown>;
  const out: TSESTree.Node[] = [];
  for (const key of keysOf(node)) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) out.push(child);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}
