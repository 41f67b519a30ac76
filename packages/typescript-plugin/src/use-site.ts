// Where is a string a Dapr code? Describes a string's position in the TypeScript syntax tree in the
// catalog's terms (`Position`) and lets the catalog decide (`siteOfPosition`), exactly as the ESLint
// rules do with their tree (docs/where-a-string-is-a-code.md). Undefined means the position is never a
// use (enum members, keys, module names, types): the string is not looked at.
import {
  bindingChain,
  CASE_FOLD_METHODS,
  DAPR_ERRORINFO_DOMAIN,
  isErrorInfoName,
  isErrorInfoType,
  looksLikeCode,
  namespaceOfName,
  siteOfPosition,
  siteOfSwitchCases,
  TEXT_OF_FUNCTIONS,
  TEXT_OF_METHODS,
  TEXT_SEARCH_METHODS,
  type Fold,
  type NameChain,
  type Position,
  type UseSite,
} from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { assertionPosition } from './assertion-site.js';
import { catalogFunctionNamespace } from './catalog-imports.js';
import { nameText } from './names.js';
import { useSite } from './sites.js';
import { kindsOf, type Kinds, type TS } from './syntax-kinds.js';
import { isConstDeclaration, type TypeOracle } from './type-oracle.js';
import { flowPosition, type Places } from './value-flow.js';

// Runs for every code-shaped string of a file: dispatch on node kinds read once per TypeScript module
// (see syntax-kinds.ts) rather than through a chain of `ts.isX` guards.

/** The names an expression reaches its value through, last first: `err.errorInfo?.reason` → reason, errorInfo, err. */

type Transparent = ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.TypeAssertion | ts.NonNullExpression | ts.AwaitExpression;

/** Wrappers that do not change what an expression is named: `("X")`, `"X" as const`, `x!`, `x satisfies T`, `await x`. */
function isTransparent(k: Kinds, node: ts.Node): node is Transparent {
  const kind = node.kind;
  return (
    kind === k.ParenthesizedExpression || kind === k.AsExpression || kind === k.SatisfiesExpression || kind === k.TypeAssertionExpression || kind === k.NonNullExpression || kind === k.AwaitExpression
  );
}

function outermost(k: Kinds, node: ts.Expression): ts.Expression {
  let e = node;
  while (e.parent && isTransparent(k, e.parent) && e.parent.expression === e) e = e.parent;
  return e;
}

function innermost(k: Kinds, node: ts.Expression): ts.Expression {
  let e = node;
  while (isTransparent(k, e)) e = e.expression;
  return e;
}

const isStringLiteralLike = (k: Kinds, node: ts.Node): node is ts.StringLiteralLike => node.kind === k.StringLiteral || node.kind === k.NoSubstitutionTemplateLiteral;

// How far a chain of `const` bindings is followed (`const a = b.toLowerCase(); const c = a; c.includes(…)`).
const MAX_BINDING_DEPTH = 3;

/**
 * What a local's value came from (as the ESLint rules read it): a `const` is followed to its
 * initializer; a `let` or a destructured name to the property it was read from.
 */
function initChain(k: Kinds, id: ts.Identifier, types: TypeOracle | undefined, depth: number): NameChain | undefined {
  const init = depth < MAX_BINDING_DEPTH ? types?.constInitializer(id) : undefined;
  if (init) return nameChain(k, init, types, depth + 1);
  const source = types?.sourceName(id);
  return source === undefined ? undefined : { names: [source] };
}

/** `String(x)`, `JSON.stringify(x)`: the name of a called function, with its object. */
function calleeName(k: Kinds, callee: ts.Expression): string | undefined {
  if (callee.kind === k.Identifier) return (callee as ts.Identifier).text;
  if (callee.kind === k.PropertyAccessExpression && (callee as ts.PropertyAccessExpression).expression.kind === k.Identifier) {
    const access = callee as ts.PropertyAccessExpression;
    return `${(access.expression as ts.Identifier).text}.${access.name.text}`;
  }
  return undefined;
}

const isEmptyString = (k: Kinds, e: ts.Expression) => isStringLiteralLike(k, innermost(k, e)) && (innermost(k, e) as ts.StringLiteralLike).text === '';

/**
 * One step through what does not change what a text says (as the ESLint rules peel it): a case fold,
 * a conversion to text (`String(x)`, `x.toString()`, `JSON.stringify(x)`, `` `${x}` ``, `x + ""`), a
 * fallback (`x || ""`, `x ?? y`: its first operand).
 */
function peel(k: Kinds, e: ts.Expression): { inner: ts.Expression; fold?: Fold; text?: boolean } | undefined {
  if (e.kind === k.CallExpression) {
    const call = e as ts.CallExpression;
    const callee = innermost(k, call.expression);
    if (call.arguments.length === 0 && callee.kind === k.PropertyAccessExpression) {
      const access = callee as ts.PropertyAccessExpression;
      const fold = CASE_FOLD_METHODS.get(access.name.text);
      if (fold) return { inner: access.expression, fold };
      if (TEXT_OF_METHODS.has(access.name.text)) return { inner: access.expression, text: true };
    }
    const name = calleeName(k, callee);
    const arg = call.arguments[0];
    return name !== undefined && TEXT_OF_FUNCTIONS.has(name) && arg && arg.kind !== k.SpreadElement ? { inner: arg, text: true } : undefined;
  }
  if (e.kind === k.TemplateExpression) return { inner: (e as ts.TemplateExpression).templateSpans[0]!.expression, text: true };
  if (e.kind === k.BinaryExpression) {
    const binary = e as ts.BinaryExpression;
    const op = binary.operatorToken.kind;
    if (op === k.BarBarToken || op === k.QuestionQuestionToken) return { inner: binary.left };
    if (op !== k.PlusToken) return undefined;
    if (isEmptyString(k, binary.right)) return { inner: binary.left, text: true };
    return isEmptyString(k, binary.left) ? { inner: binary.right, text: true } : undefined;
  }
  return undefined;
}

function nameChain(k: Kinds, expression: ts.Expression, types: TypeOracle | undefined, depth = 0): NameChain | undefined {
  let e = innermost(k, expression);
  let fold: Fold | undefined;
  let text = false;
  // `String(err?.message ?? err).toLowerCase()` → fold case, become text, look at `err.message`. The outermost fold decides.
  for (let step = peel(k, e); step; step = peel(k, e)) {
    fold ??= step.fold;
    text ||= step.text === true;
    e = innermost(k, step.inner);
  }
  const found = namesOf(k, e, types, depth);
  if (!found) return undefined;
  return { names: found.names, ...((fold ?? found.fold) ? { fold: fold ?? found.fold } : {}), ...(text || found.text ? { text: true } : {}) };
}

function namesOf(k: Kinds, start: ts.Expression, types: TypeOracle | undefined, depth: number): NameChain | undefined {
  const names: string[] = [];
  for (let e = start; ; e = innermost(k, e)) {
    if (e.kind === k.Identifier) {
      const id = e as ts.Identifier;
      // `const normalized = text.toLowerCase(); normalized.includes("…")` reads `text`, case-folded.
      // A name that tells is taken as it is, but keeps the fold of the const it reads (`const text = msg.toLowerCase()`).
      if (names.length === 0) return bindingChain(id.text, initChain(k, id, types, depth));
      names.push(id.text);
      break;
    }
    if (e.kind === k.PropertyAccessExpression) {
      const access = e as ts.PropertyAccessExpression;
      names.push(access.name.text);
      e = access.expression;
    } else if (e.kind === k.ElementAccessExpression && isStringLiteralLike(k, (e as ts.ElementAccessExpression).argumentExpression)) {
      const access = e as ts.ElementAccessExpression;
      names.push((access.argumentExpression as ts.StringLiteralLike).text);
      e = access.expression;
    } else if (e.kind === k.CallExpression && names.length === 0 && (e as ts.CallExpression).expression.kind === k.Identifier) {
      // `errorText(input)`: a function's name stands for what it returns.
      names.push(((e as ts.CallExpression).expression as ts.Identifier).text);
      break;
    } else {
      break;
    }
  }
  return names.length > 0 ? { names } : undefined;
}

function otherOperand(binary: ts.BinaryExpression, expression: ts.Expression): ts.Expression {
  return binary.left === expression ? binary.right : binary.left;
}

/** The `const` declaration whose initializer is this expression (through `as const`, `satisfies`). */
function constDeclarationOf(t: TS, k: Kinds, node: ts.Expression): (ts.VariableDeclaration & { name: ts.Identifier }) | undefined {
  const value = outermost(k, node);
  const declaration = value.parent;
  if (!isConstDeclaration(t, declaration) || declaration.initializer !== value || declaration.name.kind !== k.Identifier) return undefined;
  return declaration as ts.VariableDeclaration & { name: ts.Identifier };
}

const COLLECTION_LOOKUPS = new Set(['includes', 'indexOf', 'has']);

/** `LIST.includes(v)`, `SET.has(v)`: the value a read collection is searched for. */
function lookupPosition(k: Kinds, read: ts.Identifier, types: TypeOracle): Position {
  const access = outermost(k, read).parent;
  if (access?.kind !== k.PropertyAccessExpression || !COLLECTION_LOOKUPS.has((access as ts.PropertyAccessExpression).name.text)) return OTHER;
  const call = access.parent;
  if (call?.kind !== k.CallExpression || (call as ts.CallExpression).expression !== access) return OTHER;
  const value = (call as ts.CallExpression).arguments[0];
  return value ? { kind: 'listed-for', value: nameChain(k, value, types) } : OTHER;
}

/** `OBJ.key` / `OBJ["key"]`: the reads of one member of a read object. */
function memberReadPosition(t: TS, k: Kinds, read: ts.Identifier, key: string, types: TypeOracle): Position | undefined {
  const object = outermost(k, read);
  const access = object.parent;
  if (!access || (access as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression !== object) return undefined;
  const isRead =
    (access.kind === k.PropertyAccessExpression && (access as ts.PropertyAccessExpression).name.text === key) ||
    (access.kind === k.ElementAccessExpression && nameText(t, (access as ts.ElementAccessExpression).argumentExpression as ts.PropertyName) === key);
  if (!isRead) return undefined;
  const expression = outermost(k, access as ts.Expression);
  return expression.parent ? positionOf(t, k, expression, expression.parent, types, false) : undefined;
}

function readPosition(t: TS, k: Kinds, read: ts.Identifier, types: TypeOracle): Position {
  // `{ errorCode }` reads `errorCode` as the value of a property of that name.
  if (read.parent?.kind === k.ShorthandPropertyAssignment) return propertyPosition(t, read.parent as ts.ShorthandPropertyAssignment);
  const expression = outermost(k, read);
  return expression.parent ? positionOf(t, k, expression, expression.parent, types, false) : OTHER;
}

/** The value of `{ key: … }` (or of a shorthand `{ key }`). */
function propertyPosition(t: TS, property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): Position {
  const key = nameText(t, property.name);
  // Only a `reason` asks whether ErrorInfo is near: the siblings are not looked at otherwise.
  return { kind: 'property', key, errorInfoNearby: key !== undefined && namespaceOfName(key) === 'reason' && errorInfoNearby(t, property.parent) };
}

/**
 * A string held by a `const`: alone, in an array or `new Set([...])`, or as a member of an object.
 * Undefined when the string is in none of those. Needs the checker to find the const's reads.
 */
function heldPosition(t: TS, k: Kinds, expression: ts.Expression, by: Position, types: TypeOracle): Position | undefined {
  const direct = constDeclarationOf(t, k, expression);
  if (direct) return { kind: 'held', by, uses: types.readsOf(direct.name).map((r) => readPosition(t, k, r, types)) };
  const holder = expression.parent;
  if (holder?.kind === k.ArrayLiteralExpression) {
    const array = outermost(k, holder as ts.Expression);
    const set = array.parent;
    const isSet = set?.kind === k.NewExpression && (set as ts.NewExpression).expression.kind === k.Identifier && ((set as ts.NewExpression).expression as ts.Identifier).text === 'Set' && (set as ts.NewExpression).arguments?.[0] === array;
    const declaration = constDeclarationOf(t, k, isSet ? (set as ts.NewExpression) : array);
    return declaration ? { kind: 'held', by, uses: types.readsOf(declaration.name).map((r) => lookupPosition(k, r, types)) } : undefined;
  }
  if (holder?.kind === k.PropertyAssignment && (holder as ts.PropertyAssignment).initializer === expression) {
    const property = holder as ts.PropertyAssignment;
    const key = nameText(t, property.name);
    const declaration = key === undefined ? undefined : constDeclarationOf(t, k, property.parent);
    if (!declaration || key === undefined) return undefined;
    const uses = types.readsOf(declaration.name).map((r) => memberReadPosition(t, k, r, key, types)).filter((p): p is Position => p !== undefined);
    return { kind: 'held', by, uses };
  }
  return undefined;
}

/**
 * What a string's position is, in the catalog's terms. `follow` (with the checker): look through a
 * `const` that holds the string to where it is read (one level).
 */
function positionOf(t: TS, k: Kinds, expression: ts.Expression, parent: ts.Node, types: TypeOracle | undefined, follow = true): Position {
  const own = ownPositionOf(t, k, expression, parent, types);
  if (!follow || !types || own.kind === 'never' || !isStringLiteralLike(k, innermost(k, expression))) return own;
  // Where a string is written says all there is to say when it is strong there (`{ errorCode: "X" }`): its reads cannot add to it.
  if (siteOfPosition(own)?.strength === 'strong') return own;
  const held = heldPosition(t, k, expression, own, types);
  const flow = flowPosition(t, k, expression, own, types, places(t, k, types));
  // A const table (`const CASES = [...]`) is both held and handed on by `it.each(CASES)`: all its reads count.
  if (held?.kind === 'held' && flow?.kind === 'held') return { kind: 'held', by: own, uses: [...held.uses, ...flow.uses] };
  return held ?? flow ?? own;
}

/** How value-flow.ts places what a table row or a helper's argument binds: where it is read. */
function places(t: TS, k: Kinds, types: TypeOracle): Places {
  return { read: (read) => readPosition(t, k, read, types), member: (read, key) => memberReadPosition(t, k, read, key, types) };
}

/** A string-literal type: a member of a union (or the whole of a type alias), else never a use. */
function unionPosition(k: Kinds, literalType: ts.LiteralTypeNode): Position {
  const union = literalType.parent?.kind === k.UnionType ? (literalType.parent as ts.UnionTypeNode) : undefined;
  const whole: ts.TypeNode = union ?? literalType;
  const alias = whole.parent?.kind === k.TypeAliasDeclaration ? (whole.parent as ts.TypeAliasDeclaration).name.text : undefined;
  if (!union && alias === undefined) return NEVER;
  const members = (union?.types ?? [literalType]).flatMap((type) => {
    const literal = type.kind === k.LiteralType ? (type as ts.LiteralTypeNode).literal : undefined;
    return literal && isStringLiteralLike(k, literal) ? [literal.text] : [];
  });
  return { kind: 'union-member', alias, members };
}

/**
 * A quoted key of a `const` object: a name, unless the object is looked up with a value (`MESSAGES[body.errorCode]`),
 * then a key is listed for that value (with the checker, to find the reads).
 */
function keyPosition(t: TS, k: Kinds, property: ts.PropertyAssignment, types: TypeOracle | undefined): Position {
  const declaration = types ? constDeclarationOf(t, k, property.parent) : undefined;
  if (!declaration || !types) return NEVER;
  const uses = types.readsOf(declaration.name).flatMap((read): Position[] => {
    const access = outermost(k, read).parent;
    const lookedUp = access?.kind === k.ElementAccessExpression && (access as ts.ElementAccessExpression).expression === outermost(k, read);
    return lookedUp ? [{ kind: 'listed-for', value: nameChain(k, (access as ts.ElementAccessExpression).argumentExpression, types) }] : [];
  });
  return uses.length > 0 ? { kind: 'held', by: NEVER, uses } : NEVER;
}

function ownPositionOf(t: TS, k: Kinds, expression: ts.Expression, parent: ts.Node, types: TypeOracle | undefined): Position {
  if (parent.kind === k.LiteralType) return unionPosition(k, parent as ts.LiteralTypeNode);
  if (parent.kind === k.PropertyAssignment && (parent as ts.PropertyAssignment).name === expression) return keyPosition(t, k, parent as ts.PropertyAssignment, types);
  if (isNeverPosition(k, expression, parent)) return NEVER;
  switch (parent.kind) {
    case k.BinaryExpression: {
      const binary = parent as ts.BinaryExpression;
      const op = binary.operatorToken.kind;
      if (isEquality(k, op)) return { kind: 'compared', with: nameChain(k, otherOperand(binary, expression), types) };
      return op === k.EqualsToken && binary.right === expression ? { kind: 'assigned', to: nameChain(k, binary.left, types) } : OTHER;
    }
    case k.CaseClause:
      return { kind: 'compared', with: nameChain(k, (parent as ts.CaseClause).parent.parent.expression, types) };
    case k.PropertyAssignment:
      return propertyPosition(t, parent as ts.PropertyAssignment);
    case k.VariableDeclaration:
    case k.Parameter:
    case k.BindingElement: {
      const name = (parent as ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement).name;
      return name.kind === k.Identifier ? { kind: 'assigned', to: { names: [(name as ts.Identifier).text] } } : OTHER;
    }
    case k.PropertyDeclaration:
      return { kind: 'class-field', key: nameText(t, (parent as ts.PropertyDeclaration).name) };
    case k.CallExpression: {
      const index = (parent as ts.CallExpression).arguments.indexOf(expression);
      return index < 0 ? OTHER : argumentPosition(t, k, parent as ts.CallExpression, index, types);
    }
    case k.ArrayLiteralExpression:
      return listedFor(k, parent as ts.ArrayLiteralExpression, types) ?? OTHER;
    default:
      return OTHER;
  }
}

const NEVER: Position = { kind: 'never' };
const OTHER: Position = { kind: 'other' };

/** ErrorInfo next to a `reason` property: `"@type": "…google.rpc.ErrorInfo"`, `domain: "dapr.io"`, or held by `errorInfo`. */
function errorInfoNearby(t: TS, object: ts.ObjectLiteralExpression): boolean {
  const k = kindsOf(t);
  for (const property of object.properties) {
    if (!t.isPropertyAssignment(property)) continue;
    const key = nameText(t, property.name);
    const value = innermost(k, property.initializer);
    if (!t.isStringLiteralLike(value)) continue;
    if ((key === '@type' && isErrorInfoType(value.text)) || (key === 'domain' && value.text === DAPR_ERRORINFO_DOMAIN)) return true;
  }
  const holder = outermost(k, object).parent;
  if (!holder || !(t.isPropertyAssignment(holder) || t.isVariableDeclaration(holder))) return false;
  const name = nameText(t, holder.name);
  return name !== undefined && isErrorInfoName(name);
}

/** An argument of a call: the first one of a text search or a catalog function, or an assertion's. */
function argumentPosition(t: TS, k: Kinds, call: ts.CallExpression, index: number, types: TypeOracle | undefined): Position {
  // An assertion first: `expect(x).to.includes("X")` is chai's, not a search in something named `to`.
  const assertion = assertionPosition(k, call, index, (argument) => nameChain(k, argument, types));
  if (assertion) return assertion;
  if (index === 0) {
    const callee = innermost(k, call.expression);
    if (callee.kind === k.PropertyAccessExpression && TEXT_SEARCH_METHODS.has((callee as ts.PropertyAccessExpression).name.text)) {
      const access = callee as ts.PropertyAccessExpression;
      return { kind: 'searched-in', receiver: nameChain(k, access.expression, types), method: access.name.text };
    }
    const namespace = catalogFunctionNamespace(t, callee);
    if (namespace) return { kind: 'catalog-argument', namespace };
  }
  return OTHER;
}

const ARRAY_LOOKUPS = new Set(['includes', 'indexOf']);

/** `["ERR_A", "ERR_B"].includes(body.errorCode)`: the strings of a list a value is looked up in. */
function listedFor(k: Kinds, array: ts.ArrayLiteralExpression, types: TypeOracle | undefined): Position | undefined {
  const access = array.parent;
  if (access?.kind !== k.PropertyAccessExpression || (access as ts.PropertyAccessExpression).expression !== array) return undefined;
  if (!ARRAY_LOOKUPS.has((access as ts.PropertyAccessExpression).name.text)) return undefined;
  const call = access.parent;
  if (call?.kind !== k.CallExpression || (call as ts.CallExpression).expression !== access) return undefined;
  const value = (call as ts.CallExpression).arguments[0];
  return value ? { kind: 'listed-for', value: nameChain(k, value, types) } : undefined;
}

function isModuleName(k: Kinds, call: ts.CallExpression): boolean {
  const callee = call.expression;
  return callee.kind === k.ImportKeyword || (callee.kind === k.Identifier && (callee as ts.Identifier).text === 'require');
}

/** Positions whose strings are names, never values: keys, module names, types, enum members. */
function isNeverPosition(k: Kinds, expression: ts.Expression, parent: ts.Node): boolean {
  const named = parent as { name?: ts.Node; propertyName?: ts.Node };
  if (named.name === expression || named.propertyName === expression) return true; // keys, member and specifier names
  switch (parent.kind) {
    case k.EnumMember:
    case k.LiteralType:
    case k.ComputedPropertyName:
    case k.ImportDeclaration:
    case k.ExportDeclaration:
    case k.ExternalModuleReference:
    case k.TaggedTemplateExpression: // the input of a tag function (sql`...`, gql`...`), not a value
      return true;
    case k.ElementAccessExpression:
      return (parent as ts.ElementAccessExpression).argumentExpression === expression;
    case k.CallExpression:
      return isModuleName(k, parent as ts.CallExpression);
    default:
      return false;
  }
}

function isEquality(k: Kinds, op: ts.SyntaxKind): boolean {
  return op === k.EqualsEqualsEqualsToken || op === k.ExclamationEqualsEqualsToken || op === k.EqualsEqualsToken || op === k.ExclamationEqualsToken;
}

const interned = (site: UseSite | undefined) => site && useSite(site);

const switchSites = new WeakMap<ts.CaseBlock, { readonly types: TypeOracle | undefined; readonly site: UseSite | undefined }>();

/**
 * Whether a switch is over a Dapr code, for cases nothing else placed: its discriminant's type says so,
 * or its cases do (`siteOfSwitchCases`). Remembered per switch for one type oracle (one request).
 */
function switchSite(k: Kinds, block: ts.CaseBlock, types: TypeOracle | undefined): UseSite | undefined {
  const cached = switchSites.get(block);
  if (cached && cached.types === types) return cached.site;
  const values: string[] = [];
  for (const clause of block.clauses) {
    const test = clause.kind === k.CaseClause ? innermost(k, (clause as ts.CaseClause).expression) : undefined;
    if (test && isStringLiteralLike(k, test)) values.push(test.text);
  }
  let site: UseSite | undefined;
  // No code-shaped case, nothing to decide: most switches stop here.
  if (values.some(looksLikeCode)) {
    const discriminant = block.parent.expression;
    const fromDiscriminant = siteOfPosition({ kind: 'compared', with: nameChain(k, discriminant, types) }, () => types?.ofExpression(discriminant));
    site = fromDiscriminant?.namespace ? useSite({ ...fromDiscriminant, strength: 'strong' }) : interned(siteOfSwitchCases(values));
  }
  switchSites.set(block, { types, site });
  return site;
}

/**
 * The use site of a string literal (or template expression), or undefined where a string is never a
 * code. The decision is the catalog's (`siteOfPosition`, shared with the ESLint rules); this only
 * describes the position. `types` is consulted only when the syntax decides nothing.
 */
export function useSiteOf(t: TS, literal: ts.Expression, types?: TypeOracle): UseSite | undefined {
  const k = kindsOf(t);
  const expression = outermost(k, literal);
  const parent = expression.parent;
  if (!parent) return useSite({ strength: 'bare' });
  // TypeScript gives `===` operands no contextual type: for a comparison, ask about the other side's type.
  const other = parent.kind === k.BinaryExpression && isEquality(k, (parent as ts.BinaryExpression).operatorToken.kind) ? otherOperand(parent as ts.BinaryExpression, expression) : undefined;
  const typed = () => types?.contextual(expression) ?? (other ? types?.ofExpression(other) : undefined);
  const site = siteOfPosition(positionOf(t, k, expression, parent, types), typed);
  if (site?.strength === 'bare' && parent.kind === k.CaseClause) return switchSite(k, (parent as ts.CaseClause).parent, types) ?? interned(site);
  return interned(site);
}
