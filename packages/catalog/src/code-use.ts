// Where is a string a Dapr code? Both plugins map their syntax tree to a `UseSite` and ask
// `classifyString`, so the ESLint rules and the editor make the same decision. The rules are written
// out in docs/where-a-string-is-a-code.md.
import { CODE_ENTRIES, FOREIGN_FAMILIES, REASON_ENTRIES } from './generated/data.js';
import { getCode, getCodeByFormerName, getCodeForReason, getForeignFamily, getReason } from './lookup.js';
import { isWordPieceOfName, looksLikeCodePart, nearestParts, someNameHasPart, type CodePart } from './code-parts.js';
import { suggestCodes, suggestCompletions, type Namespace } from './suggest.js';
import type { CodeEntry, ReasonEntry } from './types.js';
import type { DaprTarget } from './targets/target.js';
import type { DaprContext } from './dapr-context.js';

/**
 * How sure the position is that a string there is a Dapr code:
 * - `strong`: it is compared with, or is the value of, something named `errorCode`; a JSON `"errorCode"`
 *   key; a catalog function argument or catalog-typed value; a `case` of a switch over a Dapr code;
 *   a `reason` next to Dapr ErrorInfo.
 * - `weak`: a text search in a message (`msg.includes("ERR_X")`), or a `reason` with no ErrorInfo nearby.
 * - `bare`: any other string; only a Dapr-only prefix makes it a code.
 */
export type Strength = 'strong' | 'weak' | 'bare';

/** The case a compared text was folded to (`toLowerCase()` → lower). */
export type Fold = 'lower' | 'upper';

export interface UseSite {
  readonly strength: Strength;
  /** The namespace the position implies (`errorCode` → code, ErrorInfo `reason` → reason); else from the string. */
  readonly namespace?: Namespace;
  /** The compared text went through a case fold (`msg.toLowerCase().includes("err_direct_invoke")`): a string matches only in that case. */
  readonly fold?: Fold;
  /** The string is tested as a part of a code (`errorCode.startsWith("ERR_LOCK")`), not a whole one. */
  readonly part?: CodePart;
  /** The string is searched for in a message (`msg.includes("ERR_X")`): any piece of a code there matches. */
  readonly search?: boolean;
  /**
   * The `errorCode` of a response body written out: JSON `"errorCode":"X"` text, or an object's
   * `{ errorCode: "X" }`. In a file that talks to Dapr, JSON text is the body of a (mocked) sidecar
   * answer; an object is one in a test (elsewhere it may be the app's own response).
   */
  readonly envelope?: 'json' | 'object';
}

export type CodeUse =
  | { readonly kind: 'code'; readonly value: string; readonly entry: CodeEntry }
  /** A name an older runtime sent for a current code (`SCHEDULER_JOB_NAME` in v1.14). */
  | { readonly kind: 'former-code'; readonly value: string; readonly entry: CodeEntry }
  | { readonly kind: 'reason'; readonly value: string; readonly entry: ReasonEntry }
  | {
      readonly kind: 'unknown';
      readonly value: string;
      readonly namespace: Namespace;
      /** Closest known names, best first (may be empty for an `ERR_`-shaped string in a strong position). */
      readonly suggestions: readonly string[];
      /** The string is a known name of the other namespace (a reason compared with `errorCode`). */
      readonly otherNamespace?: CodeEntry | ReasonEntry;
      /** No name has the string at this place (a prefix check); the suggestions are parts too. */
      readonly part?: CodePart;
      /**
       * The string is a known name written in a case the comparison can never match (`errorCode ===
       * "err_direct_invoke"`, `text.toLowerCase().includes("ERR_X")`); `suggestions` holds the one that does.
       */
      readonly caseOf?: CodeEntry | ReasonEntry;
      /** How the compared text was folded, for `caseOf` (none: compared as the runtime sends it). */
      readonly fold?: Fold;
    };

export interface ClassifyOptions {
  /** Strings the project declares as its own (never reported as unknown). */
  readonly allowed?: ReadonlySet<string>;
  /** The targeted runtimes: suggestions are the names they send. */
  readonly target?: DaprTarget;
  /**
   * An unknown `ERR_*` far from every Dapr name (`isAppCode`): `'ignore-distant'` (default) takes it for
   * the app's own code and stays silent; `'report'` reports it as every other unknown.
   */
  readonly appCodes?: AppCodes;
  /** How much the file shows that it talks to Dapr (`daprContextOf`); asked only for unknown strings. */
  readonly context?: () => DaprContext;
}

export type AppCodes = 'ignore-distant' | 'report';

/**
 * An app's own code rather than a Dapr typo: an unknown string with no Dapr name near it (no "did you
 * mean" within the suggestion threshold, about one edit in five characters), not `DAPR_`-prefixed and
 * not under a Dapr-only prefix (`ERR_STATE_`, ...). `ERR_ORDER_REJECTED` is one; `ERR_UNLOKC` (near
 * `ERR_UNLOCK`) and `ERR_STATE_MACHINE_STUCK` (Dapr's prefix) are not.
 */
export function isAppCode(use: Extract<CodeUse, { kind: 'unknown' }>, context: DaprContext = 'mentions'): boolean {
  if (use.suggestions.length > 0 || use.otherNamespace || use.caseOf) return false;
  const value = use.value.toUpperCase();
  // A file that never says "Dapr": a Dapr-only prefix alone does not make an app's code Dapr's.
  return !value.startsWith('DAPR_') && (context === 'none' || !hasDaprOnlyPrefix(value));
}

/**
 * Whether an unknown string is left alone as the app's own code. With `appCodes: 'report'` never; an
 * `ERR_`/`DAPR_` string in a written-out response body of a file that is a Dapr client is the body of a
 * sidecar answer (a mock in a test), reported even far from every Dapr name.
 */
function leftAsAppCode(use: Extract<CodeUse, { kind: 'unknown' }>, site: UseSite, options: ClassifyOptions): boolean {
  if (options.appCodes === 'report') return false;
  const context = options.context?.() ?? 'mentions';
  const mocked = site.envelope === 'json' ? context === 'client' || context === 'client-test' : site.envelope === 'object' && context === 'client-test';
  if (mocked && DAPR_SHAPE.test(use.value)) return false;
  return isAppCode(use, context);
}

// Codes are upper snake case; "ERROR" is the runtime's one-word fallback.
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
const DAPR_SHAPE = /^(?:ERR|DAPR)_/i;

/** Runtime building blocks: the second word of a prefix that only Dapr uses. */
const BUILDING_BLOCKS = new Set(['ACTOR', 'WORKFLOW', 'STATE', 'PUBSUB', 'CONFIGURATION', 'CRYPTO', 'SECRET', 'CONVERSATION', 'LOCK', 'SCHEDULER']);
const MIN_STRINGS_PER_PREFIX = 4;

function computeDaprOnlyPrefixes(): readonly string[] {
  const names = [...CODE_ENTRIES.map((e) => e.code), ...REASON_ENTRIES.filter((r) => r.kind === 'errorinfo-reason').map((r) => r.reason)];
  const foreign = FOREIGN_FAMILIES.flatMap((f) => [...f.codes, ...f.prefixes]);
  const counts = new Map<string, number>();
  for (const name of names) {
    const [first, second, third] = name.split('_');
    if (third === undefined || (first !== 'ERR' && first !== 'DAPR') || !BUILDING_BLOCKS.has(second!)) continue;
    const prefix = `${first}_${second}_`;
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts]
    .filter(([prefix, n]) => n >= MIN_STRINGS_PER_PREFIX && !foreign.some((f) => f.startsWith(prefix)))
    .map(([prefix]) => prefix)
    .sort();
}

/**
 * Prefixes that, from the data, only Dapr uses: a building block as second word, carried by at least
 * four catalog strings and by no code of Node, axios, pnpm or the SDK (so `ERR_CRYPTO_` is out).
 */
export const DAPR_ONLY_PREFIXES: readonly string[] = computeDaprOnlyPrefixes();

export function hasDaprOnlyPrefix(value: string): boolean {
  return DAPR_ONLY_PREFIXES.some((p) => value.startsWith(p));
}

/** Cheap test for the hot path (every string literal of a file): can this string be a Dapr code at all? */
export function looksLikeCode(value: string): boolean {
  return value.length >= 5 && value.length <= 100 && CODE_SHAPE.test(value);
}

const CODE_NAME = /^(?:error_?code|[A-Za-z0-9]*ErrorCode|[a-z0-9_]*_error_code)$/i;

/**
 * The namespace a variable, property or parameter name implies: `errorCode`, `error_code`,
 * `daprErrorCode` → codes; `reason` → ErrorInfo reasons. Plain `code` is not enough: Node and axios
 * errors carry their own codes there.
 */
export function namespaceOfName(name: string): Namespace | undefined {
  if (CODE_NAME.test(name)) return 'code';
  if (name === 'reason' || name === 'errorReason' || name === 'error_reason') return 'reason';
  return undefined;
}

type KnownName = Exclude<CodeUse, { kind: 'unknown' }>;

function lookup(value: string, namespace: Namespace): KnownName | undefined {
  if (namespace === 'code') {
    const entry = getCode(value);
    if (entry) return { kind: 'code', value, entry };
    const current = getCodeByFormerName(value);
    return current ? { kind: 'former-code', value, entry: current } : undefined;
  }
  const reason = getReason(value);
  return reason && reason.kind === 'errorinfo-reason' ? { kind: 'reason', value, entry: reason } : undefined;
}

function namespacesFor(value: string, site: UseSite): readonly Namespace[] {
  if (site.namespace) return [site.namespace];
  // Scheduler codes are DAPR_-prefixed too, and some reasons equal their code: try both.
  return /^DAPR_/i.test(value) ? ['reason', 'code'] : ['code', 'reason'];
}

/**
 * Decides whether a string at a position is a Dapr code (or reason) use and what it is.
 * Undefined means "not a Dapr code here": the caller stays silent.
 */
export function classifyString(raw: string, site: UseSite, options: ClassifyOptions = {}): CodeUse | undefined {
  if (site.part) return classifyPart(raw, site, site.part, options);
  if (typeof raw !== 'string' || (!looksLikeCode(raw) && !(site.strength === 'strong' && raw === 'ERROR'))) return undefined;
  // Names are upper case: a folded comparison is looked up in upper case, and so is a string whose
  // case alone keeps it from a name (then it can never match, see `wrongCase`).
  const value = raw.toUpperCase();
  const daprPrefix = hasDaprOnlyPrefix(value);
  if (site.strength === 'bare' && !(daprPrefix && (site.fold || value === raw))) return undefined;
  if (options.allowed?.has(raw) || options.allowed?.has(value)) return undefined;

  const namespaces = namespacesFor(value, site);
  for (const ns of namespaces) {
    const known = lookup(value, ns);
    if (!known) continue;
    // A string both Dapr and another tool send (axios's ERR_BAD_REQUEST) needs a strong position.
    if (site.strength !== 'strong' && getForeignFamily(value)) return undefined;
    return inCaseOf(site, raw) ? known : wrongCase(raw, site, known, ns);
  }
  if (getForeignFamily(value)) return undefined;
  // A search in a message matches any piece of a code (`msg.includes("ERR_INVOKE_OUTPUT")`).
  if (site.search && namespaces.some((ns) => isWordPieceOfName(value, ns))) return undefined;

  const namespace = namespaces[0]!;
  const other = namespace === 'code' ? getReason(value) : getCode(value);
  if (other && site.strength === 'strong') {
    const suggestions = 'reason' in other ? [getCodeForReason(other.reason)?.code].filter((c): c is string => !!c) : other.reasons;
    return { kind: 'unknown', value: raw, namespace, suggestions: suggestions.map((n) => writtenName(site, n)), otherNamespace: other };
  }
  const among = { namespace, ...(options.target ? { target: options.target } : {}) };
  // Cut short (`ERR_INVOKE_OUTPUT`): only an exact comparison never matches it; a search finds it.
  const suggestions = [...suggestCodes(value, among), ...(site.strength === 'strong' ? suggestCompletions(value, among) : [])];
  if (suggestions.length > 0 || (site.strength === 'strong' && DAPR_SHAPE.test(value))) {
    const use = { kind: 'unknown', value: raw, namespace, suggestions: [...new Set(suggestions)].slice(0, 3).map((n) => writtenName(site, n)) } as const;
    return leftAsAppCode(use, site, options) ? undefined : use;
  }
  return undefined;
}

/** Whether a string is written in the case its comparison can match: the fold's case, else the runtime's (upper). */
function inCaseOf(site: UseSite, raw: string): boolean {
  return site.fold === 'lower' ? raw === raw.toLowerCase() : raw === raw.toUpperCase();
}

/** A known name that its case keeps from ever matching: reported, with the string that does match. */
function wrongCase(raw: string, site: UseSite, known: KnownName, namespace: Namespace): CodeUse {
  return { kind: 'unknown', value: raw, namespace, suggestions: [writtenName(site, known.value)], caseOf: known.entry, ...(site.fold ? { fold: site.fold } : {}) };
}

/** A name as a fix writes it at a site: in the case of the site's fold (only that can match), else as the runtime sends it. */
export function writtenName(site: UseSite, name: string): string {
  return site.fold === 'lower' ? name.toLowerCase() : site.fold === 'upper' ? name.toUpperCase() : name;
}

/**
 * A part of a code tested by a family check (`errorCode.startsWith("ERR_LOCK")`): a whole known name is
 * that name's use (hover, removed-code checks); a part some name has is fine; any other is unknown,
 * reported as a whole string in a strong position would be (a near part, or an `ERR_`/`DAPR_` shape).
 */
function classifyPart(raw: string, site: UseSite, part: CodePart, options: ClassifyOptions): CodeUse | undefined {
  if (typeof raw !== 'string' || !looksLikeCodePart(raw)) return undefined;
  const value = site.fold ? raw.toUpperCase() : raw;
  if (options.allowed?.has(raw) || options.allowed?.has(value)) return undefined;
  const namespace = site.namespace ?? 'code';
  const whole = looksLikeCode(value) ? lookup(value, namespace) : undefined;
  if (whole) return whole;
  if (someNameHasPart(value, part, namespace) || getForeignFamily(value)) return undefined;
  const suggestions = nearestParts(value, part, namespace);
  if (suggestions.length === 0 && !(site.strength === 'strong' && DAPR_SHAPE.test(value))) return undefined;
  const use = { kind: 'unknown', value: raw, namespace, suggestions: suggestions.map((n) => writtenName(site, n)), part } as const;
  return leftAsAppCode(use, site, options) ? undefined : use;
}

export interface JsonCodeToken {
  readonly key: 'errorCode' | 'reason';
  readonly value: string;
  /** Offsets of the value (without quotes) in the scanned text. */
  readonly start: number;
  readonly end: number;
}

// `"errorCode":"X"` in JSON text, also escaped once or twice inside a JS string or an SDK error_msg.
const JSON_TOKEN = /\\{0,3}"(errorCode|reason)\\{0,3}"\s*:\s*\\{0,3}"([A-Za-z0-9_]*)\\{0,3}"/dg;

/** The `errorCode` / `reason` values of JSON text held in a string (a mocked sidecar body, a test fixture). */
export function findJsonCodeTokens(text: string): readonly JsonCodeToken[] {
  if (typeof text !== 'string' || text.length > 1_000_000 || !text.includes('"')) return [];
  const out: JsonCodeToken[] = [];
  for (const m of text.matchAll(JSON_TOKEN)) {
    const [start, end] = m.indices![2]!;
    out.push({ key: m[1] as 'errorCode' | 'reason', value: m[2]!, start, end });
  }
  return out;
}

// The vocabulary of positions, shared by the ESLint rules and the tsserver plugin (each maps its own
// syntax tree onto these).

const MESSAGE_NAME = /^(?:message|msg|err_?msg|error_?msg|error_?message|errorText|text|body|responseText|details|stack|description)$/i;

/** A receiver whose text is searched for a code: `err.message.includes("ERR_X")` is a weak use. */
export function isMessageName(name: string): boolean {
  return MESSAGE_NAME.test(name);
}

/** String methods that search text for their argument. */
export const TEXT_SEARCH_METHODS: ReadonlySet<string> = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf']);

/** String methods that fold case, and the case they fold to: a search after one of them matches only strings in that case. */
export const CASE_FOLD_METHODS: ReadonlyMap<string, Fold> = new Map([
  ['toLowerCase', 'lower'],
  ['toLocaleLowerCase', 'lower'],
  ['toUpperCase', 'upper'],
  ['toLocaleUpperCase', 'upper'],
]);

/**
 * Calls that turn a value into text without changing what it says (`String(x)`, `x.toString()`,
 * `JSON.stringify(x)`, `x.trim()`): a search in their result is a search in the value.
 * `function`: called with the value as argument; `method`: called on it.
 */
export const TEXT_OF_FUNCTIONS: ReadonlySet<string> = new Set(['String', 'JSON.stringify', 'inspect', 'util.inspect', 'format', 'util.format']);
export const TEXT_OF_METHODS: ReadonlySet<string> = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'normalize', 'valueOf', 'toJSON']);

const ERROR_NAME = /^(?:e|err|error|ex|exc|exception|cause|failure|problem)$|(?:Error|Err|Exception|Failure)$/;

/** A name for an error value (`err`, `e`, `lastError`): turned into text, it is an error message. */
export function isErrorName(name: string): boolean {
  return ERROR_NAME.test(name);
}

/** Catalog functions whose first argument is a code (or reason): a strong position. */
export const CATALOG_FUNCTIONS: Readonly<Record<string, Namespace>> = {
  getCode: 'code',
  isDaprErrorCode: 'code',
  isKnownDaprErrorCode: 'code',
  getCodeByFormerName: 'code',
  getReason: 'reason',
  isDaprErrorReason: 'reason',
  isKnownDaprErrorReason: 'reason',
  getCodeForReason: 'reason',
};

/** The package whose imports make `CATALOG_FUNCTIONS` calls count. */
export const CATALOG_PACKAGE = '@dapr-codes/catalog';

/** True for a google.rpc.ErrorInfo `@type` / type URL / type name. */
export function isErrorInfoType(value: string): boolean {
  return value === 'google.rpc.ErrorInfo' || value.endsWith('/google.rpc.ErrorInfo');
}

/** The ErrorInfo `domain` daprd sets. */
export const DAPR_ERRORINFO_DOMAIN = 'dapr.io';

/** Names that lead to ErrorInfo (`err.errorInfo.reason`, `detail.errorInfo?.reason`). */
export function isErrorInfoName(name: string): boolean {
  return /^error_?info$/i.test(name);
}

/**
 * The namespace of a string-literal union type (with type information): a union whose string literals
 * are all Dapr codes is a code type (`DaprErrorCode`, an app's own alias of it), all reasons a reason
 * type. Undefined for anything else (a union of app codes, `string`).
 */
export function namespaceOfLiteralUnion(values: readonly string[]): Namespace | undefined {
  if (values.length < 2) return undefined;
  if (values.every((v) => getCode(v) || getCodeByFormerName(v))) return 'code';
  if (values.every((v) => getReason(v)?.kind === 'errorinfo-reason')) return 'reason';
  return undefined;
}
