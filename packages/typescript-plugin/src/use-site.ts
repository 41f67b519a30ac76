// Where is a string a Dapr code? Describes a string's position in the TypeScript syntax tree in the
// catalog's terms (`Position`) and lets the catalog decide (`siteOfPosition`), exactly as the ESLint
// rules do with their tree (docs/where-a-string-is-a-code.md). Undefined means the position is never a
// use (enum members, keys, module names, types): the string is not looked at.
import {
  CASE_FOLD_METHODS,
  DAPR_ERRORINFO_DOMAIN,
  isErrorInfoName,
  isErrorInfoType,
  isMessageName,
  looksLikeCode,
  namespaceOfName,
  siteOfPosition,
  siteOfSwitchCases,
  TEXT_SEARCH_METHODS,
  type NameChain,
  type Position,
  type UseSite,
} from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { catalogFunctionNamespace } from './catalog-imports.js';
import { nameText } from './names.js';
import { useSite } from './sites.js';
import { kindsOf, type Kinds, type TS } from './syntax-kinds.js';
import type { TypeOracle } from './type-oracle.js';

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

function nameChain(k: Kinds, expression: ts.Expression, types: TypeOracle | undefined): NameChain | undefined {
  const names: string[] = [];
  let caseFolded = false;
  for (let e = innermost(k, expression); ; e = innermost(k, e)) {
    if (e.kind === k.Identifier) {
      const id = e as ts.Identifier;
      // `const code = body.errorCode; code === "X"`: a local says what it was read from.
      const source = names.length === 0 && !namespaceOfName(id.text) && !isMessageName(id.text) ? types?.sourceName(id) : undefined;
      names.push(source ?? id.text);
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
    } else if (e.kind === k.CallExpression && isCaseFold(k, (e as ts.CallExpression).expression)) {
      caseFolded = true;
      e = ((e as ts.CallExpression).expression as ts.PropertyAccessExpression).expression;
    } else {
      break;
    }
  }
  return names.length > 0 ? { names, caseFolded } : undefined;
}

function isCaseFold(k: Kinds, callee: ts.Expression): callee is ts.PropertyAccessExpression {
  return callee.kind === k.PropertyAccessExpression && CASE_FOLD_METHODS.has((callee as ts.PropertyAccessExpression).name.text);
}

function otherOperand(binary: ts.BinaryExpression, expression: ts.Expression): ts.Expression {
  return binary.left === expression ? binary.right : binary.left;
}

/** What a string's position is, in the catalog's terms. */
function positionOf(t: TS, k: Kinds, expression: ts.Expression, parent: ts.Node, types: TypeOracle | undefined): Position {
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
    case k.PropertyAssignment: {
      const property = parent as ts.PropertyAssignment;
      const key = nameText(t, property.name);
      // Only a `reason` asks whether ErrorInfo is near: the siblings are not looked at otherwise.
      return { kind: 'property', key, errorInfoNearby: key !== undefined && namespaceOfName(key) === 'reason' && errorInfoNearby(t, property.parent) };
    }
    case k.VariableDeclaration:
    case k.Parameter:
    case k.BindingElement: {
      const name = (parent as ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement).name;
      return name.kind === k.Identifier ? { kind: 'assigned', to: { names: [(name as ts.Identifier).text], caseFolded: false } } : OTHER;
    }
    case k.PropertyDeclaration:
      return { kind: 'class-field', key: nameText(t, (parent as ts.PropertyDeclaration).name) };
    case k.CallExpression:
      return (parent as ts.CallExpression).arguments[0] === expression ? argumentPosition(t, k, parent as ts.CallExpression, types) : OTHER;
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

/** The first argument of a call: a text search in something named, or a catalog function's argument. */
function argumentPosition(t: TS, k: Kinds, call: ts.CallExpression, types: TypeOracle | undefined): Position {
  const callee = innermost(k, call.expression);
  if (callee.kind === k.PropertyAccessExpression && TEXT_SEARCH_METHODS.has((callee as ts.PropertyAccessExpression).name.text)) {
    return { kind: 'searched-in', receiver: nameChain(k, (callee as ts.PropertyAccessExpression).expression, types) };
  }
  const namespace = catalogFunctionNamespace(t, callee);
  return namespace ? { kind: 'catalog-argument', namespace } : OTHER;
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

const interned = (site: UseSite | undefined) => site && useSite(site.strength, site.namespace, site.caseInsensitive);

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
    site = fromDiscriminant?.namespace ? useSite('strong', fromDiscriminant.namespace, fromDiscriminant.caseInsensitive) : interned(siteOfSwitchCases(values));
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
  if (!parent) return useSite('bare');
  // TypeScript gives `===` operands no contextual type: for a comparison, ask about the other side's type.
  const other = parent.kind === k.BinaryExpression && isEquality(k, (parent as ts.BinaryExpression).operatorToken.kind) ? otherOperand(parent as ts.BinaryExpression, expression) : undefined;
  const typed = () => types?.contextual(expression) ?? (other ? types?.ofExpression(other) : undefined);
  const site = siteOfPosition(positionOf(t, k, expression, parent, types), typed);
  if (site?.strength === 'bare' && parent.kind === k.CaseClause) return switchSite(k, (parent as ts.CaseClause).parent, types) ?? interned(site);
  return interned(site);
}
