// Where a string goes when it is a row of a test table or an argument of a helper: `it.each([["ERR_X", 404]])
// ("…", (code, status) => …)`, `for (const code of ["ERR_X"])`, `ROWS.forEach(({ code }) => …)`,
// `mockError("ERR_X")` with `function mockError(code) { return { errorCode: code }; }`. The string is then
// judged by where what it binds is read (a `held` position: the catalog takes the surest).
import type { Position } from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { outermost, propertyName } from './node-shapes.js';
import { resolve } from './scope-index.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
/** How a host's adapter places a read (`positionOf` without following further). */
type Place = (read: TSESTree.Node) => Position;
/** How a host's adapter places a read of one member of a row object (`row.code`). */
type PlaceMember = (read: TSESTree.Node, key: string) => Position | undefined;

/** Where the string sits in a row: the row itself, an element of an array row, a member of an object row. */
type Slot = { readonly kind: 'whole' } | { readonly kind: 'element'; readonly index: number } | { readonly kind: 'member'; readonly key: string };

/** What the string binds: a variable (its reads), or a member of a variable holding the row. */
type Bound = { readonly variable: Variable; readonly key?: string };
type Variable = ReturnType<Context['sourceCode']['getDeclaredVariables']>[number];

/** Methods whose callback gets each element of the array they are called on. */
const ITERATING = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);
// How many tables and helpers are followed: a literal in a huge generated table is not worth the walk.
const MAX_ROWS = 1_000;

const isFunction = (node: TSESTree.Node | undefined): node is TSESTree.FunctionLike =>
  node?.type === AST_NODE_TYPES.ArrowFunctionExpression || node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.FunctionDeclaration;

/** The variable an identifier pattern (or a defaulted one) declares, among those its declaring node declares. */
function variableOf(pattern: TSESTree.Node | undefined, declaring: TSESTree.Node, context: Context): Variable | undefined {
  const id = pattern?.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  if (id?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return context.sourceCode.getDeclaredVariables(declaring).find((v) => v.defs.some((d) => d.name === id));
}

/** What a pattern binds for a slot of the row given to it: `code` ← whole, `[code]` ← element 0, `{ code }` ← member code, `row` ← member code as `row.code`. */
function bindSlot(pattern: TSESTree.Node | undefined, slot: Slot, declaring: TSESTree.Node, context: Context): Bound | undefined {
  const target = pattern?.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  if (!target) return undefined;
  if (slot.kind === 'whole') {
    const variable = variableOf(target, declaring, context);
    return variable && { variable };
  }
  if (slot.kind === 'element') {
    return target.type === AST_NODE_TYPES.ArrayPattern ? bindSlot(target.elements[slot.index] ?? undefined, { kind: 'whole' }, declaring, context) : undefined;
  }
  if (target.type === AST_NODE_TYPES.ObjectPattern) {
    const property = target.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p) === slot.key);
    return property ? bindSlot(property.value, { kind: 'whole' }, declaring, context) : undefined;
  }
  const variable = variableOf(target, declaring, context);
  return variable && { variable, key: slot.key };
}

/** Where a string sits in a row of a table: `[["ERR_X", 404]]` (element), `[{ code: "ERR_X" }]` (member), `["ERR_X"]` (whole), and the table. */
function rowOf(literal: TSESTree.Node): { table: TSESTree.ArrayExpression; slot: Slot } | undefined {
  const node = outermost(literal);
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
    const up = outermost(parent).parent;
    // An array inside a table is a row; an array on its own is the table of one-value rows.
    if (up?.type === AST_NODE_TYPES.ArrayExpression) return { table: up, slot: { kind: 'element', index: parent.elements.indexOf(node as TSESTree.Expression) } };
    return { table: parent, slot: { kind: 'whole' } };
  }
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const key = propertyName(parent);
    const table = outermost(parent.parent).parent;
    return key !== undefined && table?.type === AST_NODE_TYPES.ArrayExpression ? { table, slot: { kind: 'member', key } } : undefined;
  }
  return undefined;
}

/** The places a table is handed over: itself, or the reads of the `const` it initialises. */
function tableUses(table: TSESTree.ArrayExpression, context: Context): TSESTree.Node[] {
  const node = outermost(table);
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.parent.kind !== 'const') return [node];
  const variable = context.sourceCode.getDeclaredVariables(declarator)[0];
  return (variable?.references ?? []).filter((r) => r.isRead()).map((r) => outermost(r.identifier as TSESTree.Node));
}

/** What a row's slot binds where a table is used: `X.each(table)(title, fn)`, `for (… of table)`, `table.forEach(fn)`. */
function bindingsOfTable(use: TSESTree.Node, slot: Slot, context: Context): Bound | undefined {
  const parent = use.parent;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === use && parent.left.type === AST_NODE_TYPES.VariableDeclaration) {
    return bindSlot(parent.left.declarations[0]?.id, slot, parent.left, context);
  }
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use && !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier && ITERATING.has(parent.property.name)) {
    const call = parent.parent;
    const fn = call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent ? call.arguments[0] : undefined;
    return isFunction(fn) ? bindSlot(fn.params[0], slot, fn, context) : undefined;
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use && isEach(parent.callee)) {
    const outer = parent.parent;
    const fn = outer?.type === AST_NODE_TYPES.CallExpression && outer.callee === parent ? outer.arguments[1] : undefined;
    if (!isFunction(fn)) return undefined;
    // Jest and Vitest spread an array row (`['ERR_X', 500] as const` too) over the parameters; any other row is the first parameter.
    if (slot.kind === 'element') return bindSlot(fn.params[slot.index], { kind: 'whole' }, fn, context);
    return bindSlot(fn.params[0], slot, fn, context);
  }
  return undefined;
}

/** `it.each`, `test.each`, `describe.each`, `it.only.each`, `test.concurrent.each`. */
function isEach(callee: TSESTree.Node): boolean {
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'each';
}

const functionNames = new WeakMap<object, ReadonlySet<string>>();

/**
 * The names the file declares functions under, once per file: most calls with a code-shaped string
 * (`t("ORDER_TITLE")`, `log("ERR_X")`) call something else, and leave without a scope lookup.
 */
function namesOfFunctions(context: Context): ReadonlySet<string> {
  const { sourceCode } = context;
  let names = functionNames.get(sourceCode);
  if (!names) {
    const out = new Set<string>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const variable of scope.variables) {
        const def = variable.defs[0];
        if (def?.type === 'FunctionName' || (def?.type === 'Variable' && isFunction(def.node.init ?? undefined))) out.add(variable.name);
      }
    }
    functionNames.set(sourceCode, (names = out));
  }
  return names;
}

/** The function a callee names, declared in the file: `function f() {}` or `const f = () => {}`. */
function declaredFunction(callee: TSESTree.Node, context: Context): TSESTree.FunctionLike | undefined {
  if (callee.type !== AST_NODE_TYPES.Identifier || !namesOfFunctions(context).has(callee.name)) return undefined;
  const def = resolve(callee, context)?.defs[0];
  if (def?.type === 'FunctionName') return def.node as TSESTree.FunctionDeclaration;
  if (def?.type === 'Variable' && def.parent.kind === 'const' && isFunction(def.node.init ?? undefined)) return def.node.init as TSESTree.FunctionLike;
  return undefined;
}

/** An argument of a helper: `mockError("ERR_X")` binds the parameter; `mock({ code: "ERR_X" })` a member of it. */
function bindingOfArgument(literal: TSESTree.Node, context: Context): Bound | undefined {
  const node = outermost(literal);
  let parent = node.parent;
  let slot: Slot = { kind: 'whole' };
  let argument: TSESTree.Node = node;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const key = propertyName(parent);
    if (key === undefined) return undefined;
    slot = { kind: 'member', key };
    argument = outermost(parent.parent);
    parent = argument.parent;
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const index = parent.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  const fn = index < 0 ? undefined : declaredFunction(parent.callee, context);
  return fn ? bindSlot(fn.params[index], slot, fn, context) : undefined;
}

/** The positions of the reads of what a binding holds. */
function usesOf(bound: Bound, place: Place, placeMember: PlaceMember): Position[] {
  const reads = bound.variable.references.filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Node);
  if (bound.key === undefined) return reads.map(place);
  return reads.map((r) => placeMember(r, bound.key!)).filter((p): p is Position => p !== undefined);
}

/**
 * The position of a string that a table row or a helper's argument hands on: `held` by its own
 * position and the reads of what it binds. Undefined when the string is in neither.
 */
export function flowPosition(literal: TSESTree.Node, by: Position, context: Context, place: Place, placeMember: PlaceMember): Position | undefined {
  const row = rowOf(literal);
  if (row && row.table.elements.length <= MAX_ROWS) {
    const uses = tableUses(row.table, context).flatMap((use) => {
      const bound = bindingsOfTable(use, row.slot, context);
      return bound ? usesOf(bound, place, placeMember) : [];
    });
    if (uses.length > 0) return { kind: 'held', by, uses };
  }
  const argument = bindingOfArgument(literal, context);
  return argument ? { kind: 'held', by, uses: usesOf(argument, place, placeMember) } : undefined;
}
