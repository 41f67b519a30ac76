// Where two versions of a document differ, which top-level statements of the old version that touches,
// and whether the statements parsed again can be put back between the old ones without the parse
// of the whole text reading them differently (automatic semicolon insertion at the seams).
import { LINE_BREAK } from '../parsing/line-table.js';
import type { Span } from '../parsing/parse.js';
import type { StatementFacts } from './statement-facts.js';

/** The changed text: `[start, oldEnd)` of the old version became `[start, newEnd)` of the new one. */
export interface Change {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Blocks are compared natively first; characters only inside the first block that differs. */
const BLOCK = 4096;

/** The one range covering every difference (common prefix and suffix left out); undefined when equal. */
export function changeBetween(before: string, after: string): Change | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let tail = 0;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The old statements `[first, last)` a change touches (a statement ending or starting right at the change
 * included: typing at its edge may extend it), and the old text between the untouched neighbours.
 */
export interface Region {
  readonly first: number;
  readonly last: number;
  readonly old: Span;
}

export function regionOf(statements: readonly StatementFacts[], change: Change, oldLength: number): Region {
  let first = 0;
  while (first < statements.length && statements[first]!.range[1] < change.start) first++;
  let last = first;
  while (last < statements.length && statements[last]!.range[0] <= change.oldEnd) last++;
  return { first, last, old: [statements[first - 1]?.range[1] ?? 0, statements[last]?.range[0] ?? oldLength] };
}

const CONTINUING_WORDS = new Set(['in', 'instanceof', 'as', 'satisfies']);
/** A unit ending with one of these words may be continued by a name on the next line (`let` then `x`, `static` then `x`). */
const LEADING_WORDS = /(?:^|[^\w$])(?:let|get|set|static|async|accessor|declare|readonly|abstract|public|private|protected|override)$/;

/**
 * A unit at `at` cannot be the continuation of what precedes it: a word that is no operator, a string,
 * `@`, `#`, a digit, or the `}` that closes a class. Not `;` (it would end the unit before) nor `{` (the
 * body of a function signature or of `declare module 'x'` on the next line).
 */
function startsFresh(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text[at]!;
  if (/[A-Za-z_$]/.test(c)) return !CONTINUING_WORDS.has(/^[\w$]+/.exec(text.slice(at, at + 12))![0]);
  return /['"@#\d}]/.test(c);
}

/**
 * Whether the seam between a statement ending at `end` (closed or not) and the next one starting at
 * `next` parses the same alone and in the whole text: the first ends for sure, or a line break lets
 * the parser end it and the next cannot continue it.
 */
export function seamHolds(text: string, end: number, closed: boolean, next: number): boolean {
  if (closed) return true;
  if (LEADING_WORDS.test(text.slice(Math.max(0, end - 10), end))) return false;
  return LINE_BREAK.test(text.slice(end, next)) && startsFresh(text, next);
}

/**
 * Whether `[from, to)` is whitespace and whole comments: a line comment typed just before an unchanged
 * statement would swallow it in the whole text, while the part parsed alone ends the comment at its edge.
 */
export function onlyTrivia(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    if (/\s/.test(text[at]!)) at++;
    else if (text.startsWith('//', at)) {
      const lineBreak = text.slice(at, to).search(LINE_BREAK);
      if (lineBreak < 0) return false;
      at += lineBreak;
    } else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      if (close < 0 || close + 2 > to) return false;
      at = close + 2;
    } else return false;
  }
  return true;
}
