// Type information is an extra: used when the parser has a program, never required.
import { namespaceOfLiteralUnion, type Namespace } from '@dapr-codes/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface TypeInfo {
  /** The namespace of an expression whose type is a union of Dapr code (or reason) literals. */
  unionNamespace(node: TSESTree.Node): Namespace | undefined;
  /** The string-literal members of an expression's type, when it is such a union. */
  unionMembers(node: TSESTree.Node): readonly string[] | undefined;
  /** The namespace of a literal whose contextual type is such a union (`const c: DaprErrorCode = "..."`). */
  contextualNamespace(node: TSESTree.Node): Namespace | undefined;
}

function literalMembers(type: ts.Type | undefined): readonly string[] | undefined {
  if (!type) return undefined;
  const members = type.isUnion() ? type.types : [type];
  const values = members.filter((t): t is ts.StringLiteralType => t.isStringLiteral()).map((t) => t.value);
  return values.length === members.length ? values : undefined;
}

const cache = new WeakMap<object, TypeInfo | null>();

/** Type queries for this file, or undefined without a program (plain JS, no parserOptions.project). */
export function typeInfo(context: Context): TypeInfo | undefined {
  const services = context.sourceCode.parserServices;
  const key = context.sourceCode.ast;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!program || !map) {
    cache.set(key, null);
    return undefined;
  }
  const checker = program.getTypeChecker();
  const tsNode = (node: TSESTree.Node) => map.get(node as never) as ts.Node | undefined;
  const info: TypeInfo = {
    unionMembers(node) {
      const n = tsNode(node);
      return n ? literalMembers(checker.getTypeAtLocation(n)) : undefined;
    },
    unionNamespace(node) {
      const values = info.unionMembers(node);
      return values ? namespaceOfLiteralUnion(values) : undefined;
    },
    contextualNamespace(node) {
      const n = tsNode(node);
      const type = n ? checker.getContextualType(n as ts.Expression) : undefined;
      const values = literalMembers(type);
      return values ? namespaceOfLiteralUnion(values) : undefined;
    },
  };
  cache.set(key, info);
  return info;
}
