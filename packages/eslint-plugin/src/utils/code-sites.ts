// Maps ESTree positions onto the catalog's `UseSite` (docs/where-a-string-is-a-code.md). The decision of
// what a string at a site is stays in the catalog (`classifyString`), shared with the tsserver plugin.
import {
  bindingChain,
  CASE_FOLD_METHODS,
  CATALOG_FUNCTIONS,
  CATALOG_PACKAGE,
  DAPR_ERRORINFO_DOMAIN,
  findJsonCodeTokens,
  isErrorInfoName,
  isErrorInfoType,
  looksLikeCode,
  looksLikeCodePart,
  siteOfPosition,
  siteOfSwitchCases,
  TEXT_OF_FUNCTIONS,
  TEXT_OF_METHODS,
  TEXT_SEARCH_METHODS,
  type Fold,
  type NameChain,
  type Namespace,
  type Position,
  type UseSite,
} from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { assertionPosition } from './assertion-site.js';
import { literalValue, outermost, propertyName, unwrap } from './node-shapes.js';
import { resolve } from './scope-index.js';
import { typeInfo } from './type-info.js';
import { flowPosition } from './value-flow.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export type CodeLiteral = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** One place in a literal where a code may be: the whole literal, or a value inside JSON text. */
export interface CodeSite {
  readonly node: CodeLiteral;
  readonly value: string;
  readonly site: UseSite;
  /** Source range of the text to replace when fixing. */
  readonly range: readonly [number, number];
  /** True when `range` is the whole literal (quotes included); false for a value inside JSON text. */
  readonly whole: boolean;
}

const COMPARISONS = new Set(['===', '!==', '==', '!=']);
const ARRAY_SEARCH = new Set(['includes', 'indexOf']);


// How far a chain of `const` bindings is followed (`const a = b.toLowerCase(); const c = a; c.includes(…)`).
const MAX_BINDING_DEPTH = 3;

/**
 * What a local's value came from: `const { errorCode: code } = body` → errorCode; `const code =
 * body.errorCode` → errorCode, body; `const normalized = text.toLowerCase()` → text, case-folded.
 * Only a `const` is followed to any initializer; a `let` only to a member read (as before).
 */
function initChain(id: TSESTree.Identifier, context: Context, depth: number): NameChain | undefined {
  const def = resolve(id, context)?.defs[0];
  if (!def || def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    const prop = declarator.id.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && unwrapPattern(p.value) === def.name,
    );
    const name = prop ? propertyName(prop) : undefined;
    return name === undefined ? undefined : { names: [name] };
  }
  if (declarator.id !== def.name || !declarator.init) return undefined;
  const init = unwrap(declarator.init);
  if (def.parent.kind === 'const' && depth < MAX_BINDING_DEPTH) return chainOf(init, context, depth + 1);
  if (init.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = propertyName(init);
  return name === undefined ? undefined : { names: [name] };
}

function unwrapPattern(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
}

/** `String(x)`, `JSON.stringify(x)`: a text-of function called on a value. */
function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    const name = propertyName(callee);
    return name === undefined ? undefined : `${callee.object.name}.${name}`;
  }
  return undefined;
}

/**
 * One step through what does not change what a text says: a case fold, a conversion to text
 * (`String(x)`, `x.toString()`, `JSON.stringify(x)`, `` `${x}` ``, `x + ""`), a fallback (`x || ""`,
 * `x ?? y`: its first operand). Undefined when `node` is none of those.
 */
function peel(node: TSESTree.Node): { inner: TSESTree.Node; fold?: Fold; text?: boolean } | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(node.callee);
      if (node.arguments.length === 0 && callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = propertyName(callee) ?? '';
        const fold = CASE_FOLD_METHODS.get(method);
        if (fold) return { inner: callee.object, fold };
        if (TEXT_OF_METHODS.has(method)) return { inner: callee.object, text: true };
      }
      const name = calleeName(callee);
      const arg = node.arguments[0];
      return name !== undefined && TEXT_OF_FUNCTIONS.has(name) && arg && arg.type !== AST_NODE_TYPES.SpreadElement ? { inner: arg, text: true } : undefined;
    }
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length > 0 ? { inner: node.expressions[0]!, text: true } : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&' ? undefined : { inner: node.left };
    case AST_NODE_TYPES.BinaryExpression:
      // `x + ""`: the text of x.
      if (node.operator !== '+') return undefined;
      if (literalValue(node.right) === '') return { inner: node.left, text: true };
      return literalValue(node.left) === '' ? { inner: node.right, text: true } : undefined;
    default:
      return undefined;
  }
}

/** The names an expression reaches its value through, last first, the case fold on the way and whether it became text. */
function chainOf(node: TSESTree.Node, context: Context, depth = 0): NameChain | undefined {
  let cur = unwrap(node);
  let fold: Fold | undefined;
  let text = false;
  // `String(err?.message ?? err).toLowerCase()` → fold case, become text, look at `err.message`. The outermost fold decides.
  for (let step = peel(cur); step; step = peel(cur)) {
    fold ??= step.fold;
    text ||= step.text === true;
    cur = unwrap(step.inner);
  }
  const found = namesOf(cur, context, depth);
  if (!found) return undefined;
  return { names: found.names, ...((fold ?? found.fold) ? { fold: fold ?? found.fold } : {}), ...(text || found.text ? { text: true } : {}) };
}

function namesOf(cur: TSESTree.Node, context: Context, depth: number): NameChain | undefined {
  // A name that tells is taken as it is, but keeps the fold of the const it reads (`const text = msg.toLowerCase()`).
  if (cur.type === AST_NODE_TYPES.Identifier) return bindingChain(cur.name, initChain(cur, context, depth));
  // `errorText(input)`: a function's name stands for what it returns.
  if (cur.type === AST_NODE_TYPES.CallExpression && cur.callee.type === AST_NODE_TYPES.Identifier) return { names: [cur.callee.name] };
  const names: string[] = [];
  if (cur.type === AST_NODE_TYPES.MemberExpression) {
    let obj: TSESTree.Node = cur;
    while (obj.type === AST_NODE_TYPES.MemberExpression) {
      const n = propertyName(obj);
      if (n === undefined) break;
      names.push(n);
      obj = unwrap(obj.object);
    }
    if (obj.type === AST_NODE_TYPES.Identifier) names.push(obj.name);
  }
  return names.length > 0 ? { names } : undefined;
}

/** ErrorInfo next to a `reason`: a sibling `"@type"` ErrorInfo or `domain: "dapr.io"`, or an object held by `errorInfo`. */
function errorInfoNearby(obj: TSESTree.ObjectExpression): boolean {
  const sibling = obj.properties.some((p) => {
    if (p.type !== AST_NODE_TYPES.Property) return false;
    const key = propertyName(p);
    const value = literalValue(p.value);
    return value !== undefined && ((key === '@type' && isErrorInfoType(value)) || (key === 'domain' && value === DAPR_ERRORINFO_DOMAIN));
  });
  if (sibling) return true;
  const holder = obj.parent;
  const holderName =
    holder.type === AST_NODE_TYPES.Property && holder.value === obj
      ? propertyName(holder)
      : holder.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier
        ? holder.id.name
        : undefined;
  return holderName !== undefined && isErrorInfoName(holderName);
}

function isCatalogImport(id: TSESTree.Identifier, context: Context): boolean {
  const def = resolve(id, context)?.defs[0];
  return def?.type === 'ImportBinding' && def.parent.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value === CATALOG_PACKAGE;
}

function catalogCallNamespace(call: TSESTree.CallExpression, context: Context): Namespace | undefined {
  const callee = unwrap(call.callee);
  const fn = (name: string | undefined) => (name !== undefined && Object.hasOwn(CATALOG_FUNCTIONS, name) ? CATALOG_FUNCTIONS[name] : undefined);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const ns = fn(callee.name);
    return ns && isCatalogImport(callee, context) ? ns : undefined;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    const ns = fn(propertyName(callee));
    return ns && isCatalogImport(callee.object, context) ? ns : undefined;
  }
  return undefined;
}

const switchCache = new WeakMap<TSESTree.SwitchStatement, UseSite | null>();

/**
 * Whether a switch is over a Dapr code (and which namespace): its discriminant's name or type says so,
 * or its cases do (`siteOfSwitchCases`).
 */
export function switchSite(node: TSESTree.SwitchStatement, context: Context): UseSite | undefined {
  const cached = switchCache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  const computed = computeSwitchSite(node, context);
  switchCache.set(node, computed ?? null);
  return computed;
}

function caseValues(node: TSESTree.SwitchStatement): string[] {
  return node.cases.map((c) => (c.test ? literalValue(c.test) : undefined)).filter((v): v is string => v !== undefined);
}

function computeSwitchSite(node: TSESTree.SwitchStatement, context: Context): UseSite | undefined {
  const values = caseValues(node);
  // No code-shaped case, nothing to check: most switches in a codebase stop here.
  if (!values.some(looksLikeCode)) return undefined;
  const fromDiscriminant = siteOfPosition({ kind: 'compared', with: chainOf(node.discriminant, context) }, () =>
    typeInfo(context)?.unionNamespace(node.discriminant),
  );
  if (fromDiscriminant?.namespace) return { ...fromDiscriminant, strength: 'strong' };
  return siteOfSwitchCases(values);
}


/** The `const` declarator whose initializer is this expression (through `as const`, `satisfies`). */
function constDeclaratorOf(node: TSESTree.Node): (TSESTree.VariableDeclarator & { id: TSESTree.Identifier }) | undefined {
  const value = outermost(node);
  const declarator = value.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return declarator.parent.kind === 'const' ? (declarator as TSESTree.VariableDeclarator & { id: TSESTree.Identifier }) : undefined;
}

/** Where a `const` is read (not where it is declared). */
function readsOf(declarator: TSESTree.VariableDeclarator, context: Context): TSESTree.Identifier[] {
  const variable = context.sourceCode.getDeclaredVariables(declarator)[0];
  return (variable?.references ?? []).filter((r) => r.isRead() && r.identifier !== declarator.id).map((r) => r.identifier as TSESTree.Identifier);
}

const COLLECTION_LOOKUPS = new Set(['includes', 'indexOf', 'has']);

/** `LIST.includes(v)`, `SET.has(v)`: the value a read collection is searched for. */
function lookupPosition(read: TSESTree.Node, context: Context): Position {
  const member = outermost(read).parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrap(member.object) !== read || !COLLECTION_LOOKUPS.has(propertyName(member) ?? '')) return OTHER;
  const call = member.parent;
  const value = call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments[0] : undefined;
  return value ? { kind: 'listed-for', value: chainOf(value, context) } : OTHER;
}

/** `OBJ.key` / `OBJ["key"]`: the reads of one member of a read object. */
function memberReadPosition(read: TSESTree.Node, key: string, context: Context): Position | undefined {
  const member = outermost(read).parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrap(member.object) !== read || propertyName(member) !== key) return undefined;
  return positionOf(member, context, false);
}

/**
 * A string held by a `const`: alone, in an array or `new Set([...])`, or as a member of an object.
 * Undefined when the string is in none of those (then its own position is all there is).
 */
function heldPosition(node: CodeLiteral, by: Position, context: Context): Position | undefined {
  const direct = constDeclaratorOf(node);
  if (direct) return { kind: 'held', by, uses: readsOf(direct, context).map((r) => positionOf(r, context, false)) };
  const holder = outermost(node).parent;
  if (holder?.type === AST_NODE_TYPES.ArrayExpression) {
    const set = outermost(holder).parent;
    const list = set?.type === AST_NODE_TYPES.NewExpression && set.callee.type === AST_NODE_TYPES.Identifier && set.callee.name === 'Set' && set.arguments[0] === outermost(holder) ? set : holder;
    const declarator = constDeclaratorOf(list);
    return declarator ? { kind: 'held', by, uses: readsOf(declarator, context).map((r) => lookupPosition(r, context)) } : undefined;
  }
  if (holder?.type === AST_NODE_TYPES.Property && holder.value === outermost(node) && holder.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const key = propertyName(holder);
    const declarator = key === undefined ? undefined : constDeclaratorOf(holder.parent);
    if (!declarator || key === undefined) return undefined;
    const uses = readsOf(declarator, context).map((r) => memberReadPosition(r, key, context)).filter((p): p is Position => p !== undefined);
    return { kind: 'held', by, uses };
  }
  return undefined;
}

const unionCache = new WeakMap<TSESTree.Node, Position>();

/** A string-literal type: a member of a union (or the whole of a type alias), else never a use. Once per union. */
function unionPosition(literalType: TSESTree.TSLiteralType): Position {
  const key = literalType.parent.type === AST_NODE_TYPES.TSUnionType ? literalType.parent : literalType;
  let position = unionCache.get(key);
  if (!position) unionCache.set(key, (position = computeUnionPosition(literalType)));
  return position;
}

function computeUnionPosition(literalType: TSESTree.TSLiteralType): Position {
  const union = literalType.parent.type === AST_NODE_TYPES.TSUnionType ? literalType.parent : undefined;
  const whole = union ?? literalType;
  const alias = whole.parent?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? whole.parent.id.name : undefined;
  if (!union && alias === undefined) return NEVER;
  const members = (union?.types ?? [literalType]).flatMap((t) => {
    const value = t.type === AST_NODE_TYPES.TSLiteralType ? literalValue(t.literal) : undefined;
    return value === undefined ? [] : [value];
  });
  return { kind: 'union-member', alias, members };
}

/**
 * A quoted key of a `const` object: a name, unless the object is looked up with a value (`MESSAGES[body.errorCode]`),
 * then a key is listed for that value. Unquoted keys are identifiers, not strings: not checked.
 */
function keyPosition(property: TSESTree.Property, context: Context): Position {
  const declarator = property.parent.type === AST_NODE_TYPES.ObjectExpression ? constDeclaratorOf(property.parent) : undefined;
  if (!declarator) return NEVER;
  const uses = readsOf(declarator, context).flatMap((read): Position[] => {
    const member = outermost(read).parent;
    const lookedUp = member?.type === AST_NODE_TYPES.MemberExpression && member.computed && unwrap(member.object) === read;
    return lookedUp ? [{ kind: 'listed-for', value: chainOf(member.property, context) }] : [];
  });
  return uses.length > 0 ? { kind: 'held', by: NEVER, uses } : NEVER;
}

/**
 * Where a string literal (or, with `follow` false, a read of a const) stands, in the catalog's terms.
 * `follow`: look through a `const` that holds the string to where it is read (one level).
 */
function positionOf(node: TSESTree.Node, context: Context, follow = true): Position {
  const own = ownPositionOf(node, context);
  if (!follow || own.kind === 'never' || (node.type !== AST_NODE_TYPES.Literal && node.type !== AST_NODE_TYPES.TemplateLiteral)) return own;
  // Where a string is written says all there is to say when it is strong there (`{ errorCode: "X" }`): its reads cannot add to it.
  if (siteOfPosition(own)?.strength === 'strong') return own;
  const held = heldPosition(node as CodeLiteral, own, context);
  const flow = flowPosition(node, own, context, placeRead(context), placeMemberRead(context));
  // A const table (`const CASES = [...]`) is both held and handed on by `it.each(CASES)`: all its reads count.
  if (held?.kind === 'held' && flow?.kind === 'held') return { kind: 'held', by: own, uses: [...held.uses, ...flow.uses] };
  return held ?? flow ?? own;
}

const placeRead = (context: Context) => (read: TSESTree.Node) => positionOf(read, context, false);
const placeMemberRead = (context: Context) => (read: TSESTree.Node, key: string) => memberReadPosition(read, key, context);

function ownPositionOf(node: TSESTree.Node, context: Context): Position {
  node = outermost(node);
  const parent = node.parent!;
  switch (parent.type) {
    case AST_NODE_TYPES.TSLiteralType:
      return unionPosition(parent);
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TaggedTemplateExpression: // the input of a tag function (sql`...`, gql`...`), not a value
      return NEVER;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === node ? NEVER : OTHER;
    case AST_NODE_TYPES.Property:
      if (parent.key === node) return parent.computed ? NEVER : keyPosition(parent, context);
      if (parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
        return { kind: 'property', key: propertyName(parent), errorInfoNearby: errorInfoNearby(parent.parent) };
      }
      return OTHER;
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.key === node ? NEVER : { kind: 'class-field', key: propertyName(parent) };
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISONS.has(parent.operator) ? { kind: 'compared', with: chainOf(parent.left === node ? parent.right : parent.left, context) } : OTHER;
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === node ? { kind: 'compared', with: chainOf(parent.parent.discriminant, context) } : OTHER;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node ? { kind: 'assigned', to: chainOf(parent.left, context) } : OTHER;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier ? { kind: 'assigned', to: { names: [parent.id.name] } } : OTHER;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier ? { kind: 'assigned', to: { names: [parent.left.name] } } : OTHER;
    case AST_NODE_TYPES.CallExpression:
      return parent.callee === node ? OTHER : argumentPosition(parent, node, context);
    case AST_NODE_TYPES.ArrayExpression: {
      // `["ERR_A", "ERR_B"].includes(body.errorCode)`
      const member = parent.parent;
      const call = member.parent;
      if (
        member.type === AST_NODE_TYPES.MemberExpression &&
        member.object === parent &&
        ARRAY_SEARCH.has(propertyName(member) ?? '') &&
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.arguments[0]
      ) {
        return { kind: 'listed-for', value: chainOf(call.arguments[0], context) };
      }
      return OTHER;
    }
    default:
      return OTHER;
  }
}

const NEVER: Position = { kind: 'never' };
const OTHER: Position = { kind: 'other' };

/** An argument of a call: a module name, a text search, a catalog function's argument, or an assertion's. */
function argumentPosition(call: TSESTree.CallExpression, node: TSESTree.Node, context: Context): Position {
  const index = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
  if (index < 0) return OTHER;
  // An assertion first: `expect(x).to.includes("X")` is chai's, not a search in something named `to`.
  const assertion = assertionPosition(call, index, (n) => chainOf(n, context));
  if (assertion) return assertion;
  const callee = unwrap(call.callee);
  if (index === 0) {
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require') return NEVER;
    if (callee.type === AST_NODE_TYPES.MemberExpression && TEXT_SEARCH_METHODS.has(propertyName(callee) ?? '')) {
      return { kind: 'searched-in', receiver: chainOf(callee.object, context), method: propertyName(callee) };
    }
    const ns = catalogCallNamespace(call, context);
    if (ns) return { kind: 'catalog-argument', namespace: ns };
  }
  return OTHER;
}

/** The site of a whole string literal, or undefined where a string is never a code use. */
export function literalSite(node: CodeLiteral, context: Context): UseSite | undefined {
  const parent = node.parent;
  // TypeScript gives `===` operands no contextual type: for a comparison, ask about the other side's type.
  const other = parent.type === AST_NODE_TYPES.BinaryExpression && COMPARISONS.has(parent.operator) ? (parent.left === node ? parent.right : parent.left) : undefined;
  const typed = () => typeInfo(context)?.contextualNamespace(node) ?? (other ? typeInfo(context)?.unionNamespace(other) : undefined);
  const site = siteOfPosition(positionOf(node, context), typed);
  if (site?.strength === 'bare' && node.parent.type === AST_NODE_TYPES.SwitchCase) return switchSite(node.parent.parent, context) ?? site;
  return site;
}

const JSON_HINT = /errorCode|reason/;
const JSON_CODE_SITE: UseSite = { strength: 'strong', namespace: 'code', envelope: 'json' };
const JSON_REASON_SITE: UseSite = { strength: 'strong', namespace: 'reason' };

function jsonSites(node: CodeLiteral, context: Context): CodeSite[] {
  const parts: readonly (TSESTree.StringLiteral | TSESTree.TemplateElement)[] = node.type === AST_NODE_TYPES.Literal ? [node] : node.quasis;
  const out: CodeSite[] = [];
  let checkedPosition = false;
  for (const part of parts) {
    // Every string literal of a file passes here: test the cooked text before slicing the source.
    const cooked = part.type === AST_NODE_TYPES.Literal ? part.value : (part.value.cooked ?? part.value.raw);
    if (!JSON_HINT.test(cooked)) continue;
    // JSON text in a key, an import or a tag function's input is no use either (as in the tsserver plugin).
    if (!checkedPosition) {
      if (positionOf(node, context).kind === 'never') return out;
      checkedPosition = true;
    }
    const raw = context.sourceCode.text.slice(part.range[0], part.range[1]);
    if (!JSON_HINT.test(raw)) continue;
    for (const t of findJsonCodeTokens(raw)) {
      out.push({
        node,
        value: t.value,
        site: t.key === 'errorCode' ? JSON_CODE_SITE : JSON_REASON_SITE,
        range: [part.range[0] + t.start, part.range[0] + t.end],
        whole: false,
      });
    }
  }
  return out;
}

const siteCache = new WeakMap<CodeLiteral, readonly CodeSite[]>();
const NONE: readonly CodeSite[] = Object.freeze([]);

/** Whether a string can be a code (`WORD_WORD`, `ERROR`) or hold JSON text with an `errorCode` / `reason`. */
function mayHoldText(text: string): boolean {
  return (text.length >= 4 && text.includes('_') ? looksLikeCodePart(text) : text === 'ERROR') || (text.includes('"') && JSON_HINT.test(text));
}

/** Whether a literal can matter to the rules at all; most strings of a file cannot. */
export function mayHoldCode(node: CodeLiteral): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return mayHoldText(node.value);
  return node.quasis.some((q) => mayHoldText(q.value.cooked ?? q.value.raw));
}

/**
 * Every place in a literal where a Dapr code may be, with its position's strength. Cached per node, so
 * the rules share one analysis per file; nodes are per file, so nothing is shared across files.
 */
export function codeSites(node: CodeLiteral, context: Context): readonly CodeSite[] {
  // Every string of a file comes here: most leave by their shape alone, before any cache or tree work.
  if (!mayHoldCode(node)) return NONE;
  const cached = siteCache.get(node);
  if (cached) return cached;
  const out: CodeSite[] = [];
  const value = literalValue(node);
  // A code, or a part of one (`ERR_STATE_` in a prefix check): the catalog decides which is which.
  if (value !== undefined && (looksLikeCodePart(value) || value === 'ERROR')) {
    const site = literalSite(node, context);
    if (site) out.push({ node, value, site, range: node.range, whole: true });
  } else {
    out.push(...jsonSites(node, context));
  }
  siteCache.set(node, out);
  return out;
}

/** Where to report a site: the literal, or the JSON value inside it. */
export function locOf(site: CodeSite, context: Context): TSESTree.SourceLocation {
  return { start: context.sourceCode.getLocFromIndex(site.range[0]), end: context.sourceCode.getLocFromIndex(site.range[1]) };
}

/** The listeners of a rule that checks every string literal and template literal. */
export function literalListeners(check: (node: CodeLiteral) => void): TSESLint.RuleListener {
  return {
    Literal(node) {
      if (typeof node.value === 'string') check(node as TSESTree.StringLiteral);
    },
    TemplateLiteral: check,
  };
}

/** The text that replaces a site's code (already written as the site needs it): the literal with its own quotes, or the bare JSON value. */
export function replacementText(site: CodeSite, code: string, context: Context): string {
  const folded = code;
  if (!site.whole) return folded;
  const raw = context.sourceCode.getText(site.node);
  return `${raw[0]}${folded}${raw[raw.length - 1]}`;
}
