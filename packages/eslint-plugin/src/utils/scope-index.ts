// Which variable an identifier refers to, through an index of each scope's references built once (a
// module scope holds thousands: a linear search per name was most of a rule's time on large files).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = ReturnType<Context['sourceCode']['getScope']>;
type Variable = NonNullable<Scope['references'][number]['resolved']>;

// A module scope holds thousands of references: index each scope's once instead of a linear search per name.
const referenceIndex = new WeakMap<Scope, Map<TSESTree.Node, Variable | null>>();

export function resolve(id: TSESTree.Identifier, context: Context): Variable | undefined {
  const scope = context.sourceCode.getScope(id);
  let index = referenceIndex.get(scope);
  if (!index) {
    index = new Map(scope.references.map((r) => [r.identifier, r.resolved]));
    referenceIndex.set(scope, index);
  }
  return index.get(id) ?? undefined;
}

