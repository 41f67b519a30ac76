// Where a string goes when it is a row of a test table or an argument of a helper, in the TypeScript
// tree, as the ESLint rules follow it in theirs: `it.each([["ERR_X", 404]])("…", (code, status) => …)`,
// `for (const code of ["ERR_X"])`, `ROWS.forEach(({ code }) => …)`, `mockError("ERR_X")` with
// `function mockError(code) { return { errorCode: code }; }`. The string is then judged by where what
// it binds is read (a `held` position: the catalog takes the surest). The reads come from the checker:
// the syntax decides first whether there is anything to follow.
import type { Position } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import type { Kinds, TS } from './syntax-kinds.js';
import { isConstDeclaration, type TypeOracle } from './type-oracle.js';

/** How the adapter places a read (its position, not following further). */
type Place = (read: ts.Identifier) => Position;
/** How the adapter places a read of one member of a row object (`row.code`). */
type PlaceMember = (read: ts.Identifier, key: string) => Position | undefined;

export interface Places {
  readonly read: Place;
  readonly member: PlaceMember;
}

/** Where the string sits in a row: the row itself, an element of an array row, a member of an object row. */
type Slot = { readonly kind: 'whole' } | { readonly kind: 'element'; readonly index: number } | { readonly kind: 'member'; readonly key: string };

/** What the string binds: a variable (its reads), or a member of a variable holding the row. */
interface Bound {
  readonly name: ts.Identifier;
  readonly key?: string;
}

/** A declaration that a row or an argument is bound to: a parameter, a destructured element, a loop variable. */
type Binding = ts.ParameterDeclaration | ts.BindingElement | ts.VariableDeclaration;
type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

/** Methods whose callback gets each element of the array they are called on. */
const ITERATING = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);
// How many tables and helpers are followed: a literal in a huge generated table is not worth the walk.
const MAX_ROWS = 1_000;

// The wrappers the ESLint rules look through here (`as const`, `satisfies`, `!`), and parentheses, which ESTree does not have.
function isWrapper(k: Kinds, node: ts.Node): node is ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression {
  const kind = node.kind;
  return kind === k.ParenthesizedExpression || kind === k.AsExpression || kind === k.SatisfiesExpression || kind === k.NonNullExpression;
}

function outermost(k: Kinds, node: ts.Expression): ts.Expression {
  let e = node;
  while (e.parent && isWrapper(k, e.parent)) e = e.parent;
  return e;
}

function skipParentheses(k: Kinds, node: ts.Expression): ts.Expression {
  let e = node;
  while (e.kind === k.ParenthesizedExpression) e = (e as ts.ParenthesizedExpression).expression;
  return e;
}

/** A key as the ESLint rules read it: `code`, `"code"`, `["code"]`; a number or a template is none. */
function keyOf(k: Kinds, name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (name.kind === k.Identifier || name.kind === k.StringLiteral) return (name as ts.Identifier | ts.StringLiteral).text;
  if (name.kind !== k.ComputedPropertyName) return undefined;
  const key = skipParentheses(k, (name as ts.ComputedPropertyName).expression);
  return key.kind === k.StringLiteral ? (key as ts.StringLiteral).text : undefined;
}

function functionAt(k: Kinds, node: ts.Expression | undefined): FunctionLike | undefined {
  const e = node && skipParentheses(k, node);
  return e && (e.kind === k.ArrowFunction || e.kind === k.FunctionExpression) ? (e as ts.ArrowFunction | ts.FunctionExpression) : undefined;
}

/** What a binding takes from the slot of the row given to it: `code` ← whole, `[code]` ← element 0, `{ code }` ← member code, `row` ← member code as `row.code`. */
function bindSlot(k: Kinds, binding: Binding | ts.ArrayBindingElement | undefined, slot: Slot): Bound | undefined {
  // A rest element (`...codes`) holds many values, not the row's.
  if (!binding || (binding.kind !== k.Parameter && binding.kind !== k.BindingElement && binding.kind !== k.VariableDeclaration)) return undefined;
  const declaration = binding as Binding;
  if ((declaration as ts.ParameterDeclaration | ts.BindingElement).dotDotDotToken) return undefined;
  const target = declaration.name;
  if (slot.kind === 'whole') return target.kind === k.Identifier ? { name: target as ts.Identifier } : undefined;
  if (slot.kind === 'element') return target.kind === k.ArrayBindingPattern ? bindSlot(k, (target as ts.ArrayBindingPattern).elements[slot.index], { kind: 'whole' }) : undefined;
  if (target.kind === k.ObjectBindingPattern) {
    const element = (target as ts.ObjectBindingPattern).elements.find((e) => !e.dotDotDotToken && keyOf(k, e.propertyName ?? e.name) === slot.key);
    return element ? bindSlot(k, element, { kind: 'whole' }) : undefined;
  }
  return target.kind === k.Identifier ? { name: target as ts.Identifier, key: slot.key } : undefined;
}

interface Row {
  readonly table: ts.ArrayLiteralExpression;
  readonly slot: Slot;
}

/** A row of a table: `[["ERR_X", 404]]` (element), `[{ code: "ERR_X" }]` (member), `["ERR_X"]` (whole), and the table. */
function rowOf(k: Kinds, literal: ts.Expression): Row | undefined {
  const node = outermost(k, literal);
  const parent = node.parent;
  if (parent?.kind === k.ArrayLiteralExpression) {
    const array = parent as ts.ArrayLiteralExpression;
    const row = outermost(k, array);
    // An array inside a table is a row; an array on its own is the table of one-value rows.
    if (row.parent?.kind === k.ArrayLiteralExpression) return { table: row.parent as ts.ArrayLiteralExpression, slot: { kind: 'element', index: array.elements.indexOf(node) } };
    return { table: array, slot: { kind: 'whole' } };
  }
  if (parent?.kind === k.PropertyAssignment && (parent as ts.PropertyAssignment).initializer === node) {
    const key = keyOf(k, (parent as ts.PropertyAssignment).name);
    const row = outermost(k, parent.parent as ts.ObjectLiteralExpression);
    return key !== undefined && row.parent?.kind === k.ArrayLiteralExpression ? { table: row.parent as ts.ArrayLiteralExpression, slot: { kind: 'member', key } } : undefined;
  }
  return undefined;
}

/** The places a table is handed over: itself, or the reads of the `const` it initialises. */
function tableUses(t: TS, k: Kinds, table: ts.ArrayLiteralExpression, types: TypeOracle): readonly ts.Expression[] {
  const node = outermost(k, table);
  const declaration = node.parent;
  if (!isConstDeclaration(t, declaration) || declaration.initializer !== node || declaration.name.kind !== k.Identifier) return [node];
  return types.readsOf(declaration.name as ts.Identifier).map((read) => outermost(k, read));
}

/** `it.each`, `test.each`, `describe.each`, `it.only.each`, `test.concurrent.each`. */
function isEach(k: Kinds, callee: ts.Expression): boolean {
  const e = skipParentheses(k, callee);
  return e.kind === k.PropertyAccessExpression && (e as ts.PropertyAccessExpression).name.kind === k.Identifier && (e as ts.PropertyAccessExpression).name.text === 'each';
}

/** What a row's slot binds where a table is used: `X.each(table)(title, fn)`, `for (… of table)`, `table.forEach(fn)`. */
function bindingOfTable(k: Kinds, use: ts.Expression, slot: Slot): Bound | undefined {
  const parent = use.parent;
  if (parent?.kind === k.ForOfStatement) {
    const loop = parent as ts.ForOfStatement;
    return loop.expression === use && loop.initializer.kind === k.VariableDeclarationList ? bindSlot(k, (loop.initializer as ts.VariableDeclarationList).declarations[0], slot) : undefined;
  }
  if (parent?.kind === k.PropertyAccessExpression) {
    const access = parent as ts.PropertyAccessExpression;
    if (access.expression !== use || access.name.kind !== k.Identifier || !ITERATING.has(access.name.text)) return undefined;
    const call = access.parent;
    const fn = call?.kind === k.CallExpression && (call as ts.CallExpression).expression === access ? functionAt(k, (call as ts.CallExpression).arguments[0]) : undefined;
    return fn && bindSlot(k, fn.parameters[0], slot);
  }
  if (parent?.kind !== k.CallExpression || (parent as ts.CallExpression).arguments[0] !== use || !isEach(k, (parent as ts.CallExpression).expression)) return undefined;
  const outer = parent.parent;
  const fn = outer?.kind === k.CallExpression && (outer as ts.CallExpression).expression === parent ? functionAt(k, (outer as ts.CallExpression).arguments[1]) : undefined;
  if (!fn) return undefined;
  // Jest and Vitest spread an array row (`['ERR_X', 500] as const` too) over the parameters; any other row is the first parameter.
  if (slot.kind === 'element') return bindSlot(k, fn.parameters[slot.index], { kind: 'whole' });
  return bindSlot(k, fn.parameters[0], slot);
}

const functionNames = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** The names a file declares functions under (`function f`, `const f = () => …`): asked before the checker is. */
function declaredFunctionNames(t: TS, file: ts.SourceFile): ReadonlySet<string> {
  let names = functionNames.get(file);
  if (names) return names;
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((t.isFunctionDeclaration(node) || t.isFunctionExpression(node)) && node.name) found.add(node.name.text);
    else if (t.isVariableDeclaration(node) && t.isIdentifier(node.name) && node.initializer && (t.isArrowFunction(node.initializer) || t.isFunctionExpression(node.initializer) || t.isParenthesizedExpression(node.initializer))) {
      found.add(node.name.text);
    }
    t.forEachChild(node, visit);
  };
  visit(file);
  functionNames.set(file, (names = found));
  return names;
}

/** The function a callee names, declared in the file: `function f() {}` or `const f = () => {}`. */
function declaredFunction(t: TS, k: Kinds, callee: ts.Expression, types: TypeOracle): FunctionLike | undefined {
  const id = skipParentheses(k, callee);
  if (id.kind !== k.Identifier || !declaredFunctionNames(t, id.getSourceFile()).has((id as ts.Identifier).text)) return undefined;
  const declaration = types.declarationOf(id as ts.Identifier);
  // Only the file's own functions, as the ESLint rules see them (their scope is the file).
  if (!declaration || declaration.getSourceFile() !== id.getSourceFile()) return undefined;
  if (declaration.kind === k.FunctionDeclaration || declaration.kind === k.FunctionExpression) return declaration as ts.FunctionDeclaration | ts.FunctionExpression;
  return isConstDeclaration(t, declaration) ? functionAt(k, declaration.initializer) : undefined;
}

/** An argument of a helper: `mockError("ERR_X")` binds the parameter; `mock({ code: "ERR_X" })` a member of it. */
function bindingOfArgument(t: TS, k: Kinds, literal: ts.Expression, types: TypeOracle): Bound | undefined {
  const node = outermost(k, literal);
  let parent = node.parent;
  let slot: Slot = { kind: 'whole' };
  let argument: ts.Expression = node;
  if (parent?.kind === k.PropertyAssignment && (parent as ts.PropertyAssignment).initializer === node) {
    const key = keyOf(k, (parent as ts.PropertyAssignment).name);
    if (key === undefined) return undefined;
    slot = { kind: 'member', key };
    argument = outermost(k, parent.parent as ts.ObjectLiteralExpression);
    parent = argument.parent;
  }
  if (parent?.kind !== k.CallExpression) return undefined;
  const call = parent as ts.CallExpression;
  const index = call.arguments.indexOf(argument);
  const fn = index < 0 ? undefined : declaredFunction(t, k, call.expression, types);
  return fn && bindSlot(k, fn.parameters[index], slot);
}

/** The positions of the reads of what a binding holds. */
function usesOf(bound: Bound, types: TypeOracle, places: Places): Position[] {
  const reads = types.readsOf(bound.name);
  if (bound.key === undefined) return reads.map(places.read);
  const key = bound.key;
  return reads.map((read) => places.member(read, key)).filter((p): p is Position => p !== undefined);
}

/**
 * The position of a string that a table row or a helper's argument hands on: `held` by its own
 * position and the reads of what it binds. Undefined when the string is in neither.
 */
export function flowPosition(t: TS, k: Kinds, literal: ts.Expression, by: Position, types: TypeOracle, places: Places): Position | undefined {
  const row = rowOf(k, literal);
  if (row && row.table.elements.length <= MAX_ROWS) {
    const uses = tableUses(t, k, row.table, types).flatMap((use) => {
      const bound = bindingOfTable(k, use, row.slot);
      return bound ? usesOf(bound, types, places) : [];
    });
    if (uses.length > 0) return { kind: 'held', by, uses };
  }
  const argument = bindingOfArgument(t, k, literal, types);
  return argument ? { kind: 'held', by, uses: usesOf(argument, types, places) } : undefined;
}
