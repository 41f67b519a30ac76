// Maps ESTree positions onto the catalog's `UseSite` (docs/where-a-string-is-a-code.md). The decision of
// what a string at a site is stays in the catalog (`classifyString`), shared with the tsserver plugin.
import {
  CASE_FOLD_METHODS,
  CATALOG_FUNCTIONS,
  CATALOG_PACKAGE,
  DAPR_ERRORINFO_DOMAIN,
  findJsonCodeTokens,
  isErrorInfoName,
  isErrorInfoType,
  isMessageName,
  looksLikeCode,
  namespaceOfName,
  siteOfPosition,
  siteOfSwitchCases,
  TEXT_SEARCH_METHODS,
  type NameChain,
  type Namespace,
  type Position,
  type UseSite,
} from '@dapr-codes/catalog';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { typeInfo } from './type-info.js';

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

/** The string a literal holds: a string Literal or a template literal without expressions. */
export function literalValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let cur = node;
  for (;;) {
    switch (cur.type) {
      case AST_NODE_TYPES.ChainExpression:
        cur = cur.expression;
        break;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        cur = cur.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        cur = cur.argument;
        break;
      default:
        return cur;
    }
  }
}

function propertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/** `const { errorCode: code } = body` or `const code = body.errorCode`: the name the value came from. */
function sourceName(id: TSESTree.Identifier, context: Context): string | undefined {
  const variable = context.sourceCode.getScope(id).references.find((r) => r.identifier === id)?.resolved;
  const def = variable?.defs[0];
  if (!def || def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    const prop = declarator.id.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && unwrapPattern(p.value) === def.name,
    );
    return prop ? propertyName(prop) : undefined;
  }
  if (declarator.id === def.name && declarator.init) {
    const init = unwrap(declarator.init);
    if (init.type === AST_NODE_TYPES.MemberExpression) return propertyName(init);
  }
  return undefined;
}

function unwrapPattern(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
}

/** The names an expression reaches its value through, last first, and whether its case was folded. */
function chainOf(node: TSESTree.Node, context: Context): NameChain | undefined {
  let cur = unwrap(node);
  let caseFolded = false;
  // `msg.toLowerCase()` → fold case and look at `msg`.
  while (
    cur.type === AST_NODE_TYPES.CallExpression &&
    cur.arguments.length === 0 &&
    cur.callee.type === AST_NODE_TYPES.MemberExpression &&
    CASE_FOLD_METHODS.has(propertyName(cur.callee) ?? '')
  ) {
    caseFolded = true;
    cur = unwrap(cur.callee.object);
  }
  const names: string[] = [];
  if (cur.type === AST_NODE_TYPES.Identifier) {
    const own = namespaceOfName(cur.name) || isMessageName(cur.name) ? undefined : sourceName(cur, context);
    names.push(own ?? cur.name);
  } else if (cur.type === AST_NODE_TYPES.MemberExpression) {
    let obj: TSESTree.Node = cur;
    while (obj.type === AST_NODE_TYPES.MemberExpression) {
      const n = propertyName(obj);
      if (n === undefined) break;
      names.push(n);
      obj = unwrap(obj.object);
    }
    if (obj.type === AST_NODE_TYPES.Identifier) names.push(obj.name);
  }
  return names.length > 0 ? { names, caseFolded } : undefined;
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
  const variable = context.sourceCode.getScope(id).references.find((r) => r.identifier === id)?.resolved;
  const def = variable?.defs[0];
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

/** Where a string literal stands, in the catalog's terms. */
function positionOf(node: CodeLiteral, context: Context): Position {
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TSLiteralType:
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
      if (parent.key === node) return NEVER;
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
      return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier ? { kind: 'assigned', to: { names: [parent.id.name], caseFolded: false } } : OTHER;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier ? { kind: 'assigned', to: { names: [parent.left.name], caseFolded: false } } : OTHER;
    case AST_NODE_TYPES.CallExpression: {
      if (parent.arguments[0] !== node) return OTHER;
      const callee = unwrap(parent.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require') return NEVER;
      if (callee.type === AST_NODE_TYPES.MemberExpression && TEXT_SEARCH_METHODS.has(propertyName(callee) ?? '')) {
        return { kind: 'searched-in', receiver: chainOf(callee.object, context) };
      }
      const ns = catalogCallNamespace(parent, context);
      return ns ? { kind: 'catalog-argument', namespace: ns } : OTHER;
    }
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
        site: { strength: 'strong', namespace: t.key === 'errorCode' ? 'code' : 'reason' },
        range: [part.range[0] + t.start, part.range[0] + t.end],
        whole: false,
      });
    }
  }
  return out;
}

const siteCache = new WeakMap<CodeLiteral, readonly CodeSite[]>();

/**
 * Every place in a literal where a Dapr code may be, with its position's strength. Cached per node, so
 * the rules share one analysis per file; nodes are per file, so nothing is shared across files.
 */
export function codeSites(node: CodeLiteral, context: Context): readonly CodeSite[] {
  const cached = siteCache.get(node);
  if (cached) return cached;
  const out: CodeSite[] = [];
  const value = literalValue(node);
  if (value !== undefined && (looksLikeCode(value) || value === 'ERROR')) {
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

/** The text that replaces a site's code: the literal with its own quotes, or the bare JSON value. */
export function replacementText(site: CodeSite, code: string, context: Context): string {
  const folded = site.site.caseInsensitive && site.value === site.value.toLowerCase() ? code.toLowerCase() : code;
  if (!site.whole) return folded;
  const raw = context.sourceCode.getText(site.node);
  return `${raw[0]}${folded}${raw[raw.length - 1]}`;
}
