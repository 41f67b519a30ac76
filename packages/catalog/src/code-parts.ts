// Family checks: `errorCode.startsWith("ERR_LOCK")` tests a part of a code, not a whole one. A part is
// valid when some Dapr code (or reason) has it there, and otherwise reported with the nearest part that
// one has (`ERR_STATES_` → `ERR_STATE_`). docs/where-a-string-is-a-code.md, "Prefix checks".
import { CODE_ENTRIES, REASON_ENTRIES } from './generated/data.js';
import { osaDistance, suggestionThreshold, type Namespace } from './suggest.js';

/** Where the string must sit in the code: `startsWith` → prefix, `endsWith` → suffix, `includes` → infix. */
export type CodePart = 'prefix' | 'suffix' | 'infix';

const PART_METHODS: Readonly<Record<string, CodePart>> = {
  startsWith: 'prefix',
  endsWith: 'suffix',
  includes: 'infix',
  indexOf: 'infix',
  lastIndexOf: 'infix',
};

/** The part a text-search method tests, for a search on a code itself. */
export function partOfMethod(method: string | undefined): CodePart | undefined {
  return method !== undefined && Object.hasOwn(PART_METHODS, method) ? PART_METHODS[method] : undefined;
}

// Words joined by underscores, open at either end: `ERR_STATE_`, `_NOT_FOUND`, `ERR_LOCK`.
const PART_SHAPE = /^_?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_?$/;

/** Cheap test: can this string be a part of a code (at least one underscore, 4 to 100 characters)? */
export function looksLikeCodePart(value: string): boolean {
  return value.length >= 4 && value.length <= 100 && value.includes('_') && PART_SHAPE.test(value);
}

function namesOf(namespace: Namespace): readonly string[] {
  if (namespace === 'code') return CODE_ENTRIES.flatMap((e) => (e.formerName ? [e.code, e.formerName.code] : [e.code]));
  return REASON_ENTRIES.filter((r) => r.kind === 'errorinfo-reason').map((r) => r.reason);
}

/** Every word-boundary prefix (`ERR_`, `ERR_STATE`, `ERR_STATE_`, ...) or suffix of the names. */
function boundaryParts(names: readonly string[], part: 'prefix' | 'suffix'): readonly string[] {
  const out = new Set<string>();
  for (const name of names) {
    const words = name.split('_');
    for (let i = 1; i < words.length; i++) {
      const piece = part === 'prefix' ? words.slice(0, i).join('_') : words.slice(i).join('_');
      out.add(piece);
      out.add(part === 'prefix' ? `${piece}_` : `_${piece}`);
    }
  }
  return [...out];
}

const cache = new Map<string, { readonly names: readonly string[]; readonly parts: readonly string[] }>();

function pool(namespace: Namespace, part: CodePart) {
  const key = `${namespace}/${part}`;
  let p = cache.get(key);
  if (!p) {
    const names = namesOf(namespace);
    const parts = part === 'infix' ? [...boundaryParts(names, 'prefix'), ...boundaryParts(names, 'suffix')] : boundaryParts(names, part);
    cache.set(key, (p = { names, parts }));
  }
  return p;
}

/** Whether some Dapr code (or reason) has this string at that place. */
export function someNameHasPart(value: string, part: CodePart, namespace: Namespace): boolean {
  const has = part === 'prefix' ? (n: string) => n.startsWith(value) : part === 'suffix' ? (n: string) => n.endsWith(value) : (n: string) => n.includes(value);
  return pool(namespace, part).names.some(has);
}

const wordPieces = new Map<Namespace, ReadonlySet<string>>();

/** Every run of whole words of every name (`INVOKE_OUTPUT` of `ERR_INVOKE_OUTPUT_BINDING`), once per namespace. */
function wordPiecesOf(namespace: Namespace): ReadonlySet<string> {
  let pieces = wordPieces.get(namespace);
  if (!pieces) {
    const out = new Set<string>();
    for (const name of namesOf(namespace)) {
      const words = name.split('_');
      for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) out.add(words.slice(i, j).join('_'));
    }
    wordPieces.set(namespace, (pieces = out));
  }
  return pieces;
}

/** Whether the string is whole words of some name (`ERR_INVOKE_OUTPUT` of `ERR_INVOKE_OUTPUT_BINDING`): a search for it finds that name. */
export function isWordPieceOfName(value: string, namespace: Namespace): boolean {
  return wordPiecesOf(namespace).has(value);
}

/** The word-boundary parts closest to an unknown part (as close as "did you mean" allows), best first. */
export function nearestParts(value: string, part: CodePart, namespace: Namespace, limit = 3): readonly string[] {
  const max = suggestionThreshold(value);
  // Of equally near parts, those open at the same end as the input come first (`ERR_STAT_` → `ERR_STATE_`).
  const open = (s: string) => (s.startsWith('_') ? 1 : 0) + (s.endsWith('_') ? 2 : 0);
  const scored: [string, number][] = [];
  for (const candidate of pool(namespace, part).parts) {
    const d = osaDistance(value, candidate, max);
    if (d <= max) scored.push([candidate, d + (open(candidate) === open(value) ? 0 : 0.5)]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([c]) => c);
}
