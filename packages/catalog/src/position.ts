// The syntax around a string, described in terms both syntax trees (ESTree and TypeScript's) can
// produce, and the one decision of what that says: `siteOfPosition`. Each plugin only walks its tree.
import { classifyString, isErrorInfoName, isErrorName, isMessageName, looksLikeCode, namespaceOfName, type Fold, type UseSite } from './code-use.js';
import { partOfMethod } from './code-parts.js';
import type { Namespace } from './suggest.js';

/** The names an expression reaches its value through, last first: `err.errorInfo?.reason` → reason, errorInfo, err. */
export interface NameChain {
  readonly names: readonly string[];
  /** A case-folding call was on the way (`toLowerCase()` → lower); the outermost decides. */
  readonly fold?: Fold;
  /**
   * The value was turned into text on the way (`String(err)`, `` `${err}` ``, `JSON.stringify(body)`,
   * `err.toString()`): an error turned into text is its message.
   */
  readonly text?: boolean;
}

export type Position =
  /** `x === "S"`, `x !== "S"`, `==`, `!=`, or a `case "S"` of `switch (x)`. */
  | { readonly kind: 'compared'; readonly with: NameChain | undefined }
  /** `x.errorCode = "S"`, `const errorCode = "S"`, a default `errorCode = "S"`. */
  | { readonly kind: 'assigned'; readonly to: NameChain | undefined }
  /** `{ key: "S" }`; `errorInfoNearby`: a sibling `"@type"` ErrorInfo or `domain: "dapr.io"`, or held by `errorInfo`. */
  | { readonly kind: 'property'; readonly key: string | undefined; readonly errorInfoNearby: boolean }
  /** `receiver.includes("S")` (and the other TEXT_SEARCH_METHODS); `method` is the one called. */
  | { readonly kind: 'searched-in'; readonly receiver: NameChain | undefined; readonly method?: string }
  /** `["S", ...].includes(x)`: a list a value is looked up in. */
  | { readonly kind: 'listed-for'; readonly value: NameChain | undefined }
  /** The first argument of a catalog function imported from CATALOG_PACKAGE. */
  | { readonly kind: 'catalog-argument'; readonly namespace: Namespace }
  /** A class field initializer: the app's own constants unless the field is named like a code. */
  | { readonly kind: 'class-field'; readonly key: string | undefined }
  /**
   * A string held by a `const` (`const X = "S"`, in a `const` array or `Set`, an `as const` object's
   * member): `by` is where it is written, `uses` where the const (or that member) is read. It is
   * judged by the strongest of them: `const UNLOCK = "S"; body.errorCode === UNLOCK` is strong.
   */
  | { readonly kind: 'held'; readonly by: Position; readonly uses: readonly Position[] }
  /**
   * A member of a string-literal union type (`type DaprCode = "A" | "B"`): `alias` is the type alias it
   * is the whole of, if any; `members` every string of the union.
   */
  | { readonly kind: 'union-member'; readonly alias: string | undefined; readonly members: readonly string[] }
  /** Where a string is a name, never a value: keys, enum members, module names, types, `process.env[...]`. */
  | { readonly kind: 'never' }
  | { readonly kind: 'other' };

/** What a name says on its own: a code, a reason or a message is named so; `normalized`, `x` say nothing. */
function isTellingName(name: string): boolean {
  return namespaceOfName(name) !== undefined || isMessageName(name);
}

/**
 * The chain of a `const` read through its name: the name when it tells, else what the const's value
 * came from (`const normalized = text.toLowerCase()` → text, case-folded). `init` is undefined when
 * the value comes from nothing named.
 */
export function bindingChain(name: string, init: NameChain | undefined): NameChain {
  if (init === undefined) return { names: [name] };
  // A telling name is taken as it is, but keeps the fold its value went through (`const text = msg.toLowerCase()`).
  return isTellingName(name) ? { names: [name], ...(init.fold ? { fold: init.fold } : {}) } : init;
}

const RANK: Readonly<Record<UseSite['strength'], number>> = { strong: 2, weak: 1, bare: 0 };

/** The surest of several sites (the first of equals); undefined when there is none. */
function surest(sites: readonly (UseSite | undefined)[]): UseSite | undefined {
  let best: UseSite | undefined;
  for (const s of sites) if (s && (!best || RANK[s.strength] > RANK[best.strength])) best = s;
  return best;
}

const fold = (site: UseSite, chain: NameChain | undefined): UseSite => (chain?.fold ? { ...site, fold: chain.fold } : site);

/** A message: named so (`err.message`, `text`), or an error turned into text (`String(err)`, `` `${e}` ``). */
function isMessageChain(chain: NameChain, last: string): boolean {
  return isMessageName(last) || (chain.text === true && isErrorName(last));
}

/** What a name chain says about a value compared with, assigned to or searched in it. */
function siteOfChain(chain: NameChain | undefined, allowMessage: boolean): UseSite | undefined {
  const last = chain?.names[0];
  if (last === undefined) return undefined;
  const ns = namespaceOfName(last);
  if (ns === 'code') return fold({ strength: 'strong', namespace: 'code' }, chain);
  if (ns === 'reason') return fold({ strength: chain!.names.slice(1).some(isErrorInfoName) ? 'strong' : 'weak', namespace: 'reason' }, chain);
  if (allowMessage && isMessageChain(chain!, last)) return fold({ strength: 'weak' }, chain);
  return undefined;
}

/**
 * The use site of a string at a position (docs/where-a-string-is-a-code.md), or undefined where a
 * string is never a code. `typed` gives the namespace of the string's contextual type (type
 * information); it is asked only when the syntax decides nothing.
 */
export function siteOfPosition(position: Position, typed?: () => Namespace | undefined): UseSite | undefined {
  let site: UseSite | undefined;
  switch (position.kind) {
    case 'never':
      return undefined;
    case 'compared':
      site = siteOfChain(position.with, true);
      break;
    case 'assigned':
      site = siteOfChain(position.to, false);
      break;
    case 'listed-for':
      site = siteOfChain(position.value, false);
      break;
    case 'searched-in': {
      site = siteOfChain(position.receiver, true);
      // A search in a code itself (not in a message) tests a part of it: a family check.
      const part = site?.namespace ? partOfMethod(position.method) : undefined;
      if (site && part) site = { ...site, part };
      else if (site) site = { ...site, search: true };
      break;
    }
    case 'property': {
      const ns = position.key === undefined ? undefined : namespaceOfName(position.key);
      if (ns === 'code') site = { strength: 'strong', namespace: 'code', envelope: 'object' };
      if (ns === 'reason') site = { strength: position.errorInfoNearby ? 'strong' : 'weak', namespace: 'reason' };
      break;
    }
    case 'catalog-argument':
      return { strength: 'strong', namespace: position.namespace };
    case 'class-field': {
      const ns = position.key === undefined ? undefined : namespaceOfName(position.key);
      if (ns) return { strength: ns === 'code' ? 'strong' : 'weak', namespace: ns };
      const t = typed?.();
      return t ? { strength: 'strong', namespace: t } : undefined;
    }
    case 'held': {
      const best = surest([position.by, ...position.uses].map((p) => siteOfPosition(p)));
      if (best && best.strength !== 'bare') return best;
      // A key is a name unless a read makes it a value (`MESSAGES[body.errorCode]`).
      if (position.by.kind === 'never') return undefined;
      break;
    }
    case 'union-member': {
      // A type named like a code, or a union that is over Dapr codes by its members (as a switch's cases).
      const ns = position.alias === undefined ? undefined : namespaceOfName(position.alias);
      return ns ? { strength: 'strong', namespace: ns } : unionSite(position.members);
    }
    case 'other':
      break;
  }
  if (site) return site;
  const t = typed?.();
  return t ? { strength: 'strong', namespace: t } : { strength: 'bare' };
}

const unionSites = new WeakMap<readonly string[], UseSite | null>();

/** `siteOfSwitchCases` once per members list: every member of a union asks about the same list. */
function unionSite(members: readonly string[]): UseSite | undefined {
  let site = unionSites.get(members);
  if (site === undefined) unionSites.set(members, (site = siteOfSwitchCases(members) ?? null));
  return site ?? undefined;
}

/**
 * A switch whose discriminant says nothing is still over Dapr codes when every string case is
 * code-shaped and one of them is a Dapr code on its own (a Dapr-only prefix). Its cases are then strong.
 */
export function siteOfSwitchCases(caseValues: readonly string[]): UseSite | undefined {
  if (caseValues.length === 0 || !caseValues.every(looksLikeCode)) return undefined;
  const known = caseValues.map((v) => classifyString(v, { strength: 'bare' })).find((u) => u && u.kind !== 'unknown');
  if (!known) return undefined;
  return { strength: 'strong', namespace: known.kind === 'reason' ? 'reason' : 'code' };
}
