// Hover and completion on a version that does not parse (typing passes through one every few
// keystrokes), without parsing its whole text again: the last version that parsed (its outline) says
// where the units are, and the edit since then (one range) is where the syntax error is. Outside the
// edit, the unit at the position is parsed with what it reads, as on a version that parses. Inside it,
// a scanner finds the string token at the position, and the edited text is parsed up to the end of the
// token's line (or the token), its open brackets closed: the string with the neighbours that decide
// what it is (`e.errorCode === '…'`, `case '…'`).
import { affectedBy, linksOf, type Links } from './dependencies.js';
import { changeBetween, regionOf } from './edit-region.js';
import { merged, partsHold, type Outline } from './reanalysis.js';
import { spansWithShells, statementAt, type StatementFacts } from './statement-facts.js';
import type { LineTable } from '../parsing/line-table.js';
import { stringLiteralAt } from '../parsing/node-at.js';
import { parseParts, type ParsedFile, type Span } from '../parsing/parse.js';
import { stringAt, type OpenAt, type ScannedString } from '../parsing/string-scan.js';

/** A version that does not parse, seen from the last one that did. */
export interface BrokenVersion {
  readonly outline: Outline;
  /** The outline's units `[first, last)` the edit touches. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly lines: LineTable;
  /** The units at their offsets in this text; at `edit`, one blank unit for the edited text. */
  readonly units: readonly StatementFacts[];
  readonly edit: number;
  /** The links of `units`, made once for all the version's requests. */
  readonly links: Links;
}

export interface TreeAt {
  readonly file: ParsedFile;
  /** Where the tree answers as the whole text's would. */
  readonly covers: readonly Span[];
}

/**
 * `text` (which does not parse) against the outline of the last version that did; undefined when they
 * are the same text. `previous`: the version before, when it did not parse either: typing at the same
 * place touches the same units, whose links (only their offsets differ) are taken from it.
 */
export function brokenVersion(outline: Outline, text: string, previous?: BrokenVersion): BrokenVersion | undefined {
  const change = changeBetween(outline.text, text);
  if (!change) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const region = regionOf(outline.statements, change, outline.text.length);
  const before = outline.statements.slice(0, region.first);
  const after = outline.statements.slice(region.last).map((s) => (delta === 0 ? s : { ...s, range: [s.range[0] + delta, s.range[1] + delta] as const }));
  const prior = before[before.length - 1];
  // Inside a class, the edited text is members: parsed within the class's head, and the class closed.
  const inClass = prior !== undefined && (prior.kind === 'head' || prior.kind === 'member');
  const edited: StatementFacts = {
    range: [region.old[0], region.old[1] + delta],
    kind: inClass ? 'member' : 'statement',
    closed: true,
    declares: [],
    reads: new Set(),
    holds: false,
    bareString: false,
  };
  const units = [...before, edited, ...after];
  const { first, last } = region;
  const same = previous?.outline === outline && previous.first === first && previous.last === last;
  return { outline, first, last, text, lines: outline.lines.edited(text, change), units, edit: before.length, links: same ? previous.links : linksOf(units) };
}

/** A tree that holds the string at `offset` as the text would if it parsed; undefined where there is none. */
export function treeInBroken(fileName: string, version: BrokenVersion, offset: number): TreeAt | undefined {
  const [from, to] = version.units[version.edit]!.range;
  return offset >= from && offset <= to ? treeInEdit(fileName, version, offset) : treeOutsideEdit(fileName, version, offset);
}

/** The unit at `offset` and what it reads, all outside the edit: their text is what parsed before. */
function treeOutsideEdit(fileName: string, { text, lines, units, links }: BrokenVersion, offset: number): TreeAt | undefined {
  const at = statementAt(units, offset);
  if (at < 0) return undefined;
  const { dirty, context } = affectedBy(units, [at], [], links);
  const kept = merged(spansWithShells(units, [...dirty, ...context]));
  const parsed = parseParts(fileName, text, lines, kept);
  if (!parsed.ok || !partsHold(parsed.file, kept)) return undefined;
  return { file: parsed.file, covers: [...dirty].map((i) => units[i]!.range) };
}

/** Texts that end the edited text at a cut so that it may parse: the string closed, `:` for a case, `;` before a block's `}`. */
function endings(scanned: ScannedString, inClass: boolean): { cut: number; ending: string }[] {
  const { token } = scanned;
  const quote = token.terminated ? '' : token.quote;
  const close = (open: OpenAt, semicolons: boolean) =>
    open.closers.map((c) => (semicolons && c === '}' ? ';}' : c)).join('') + ';' + (inClass && open.closedOutside === 0 ? '}' : '');
  const out: { cut: number; ending: string }[] = [];
  for (const semicolons of [false, true]) {
    if (scanned.lineEnd) out.push({ cut: scanned.lineEnd.at, ending: close(scanned.lineEnd, semicolons) });
  }
  for (const glue of ['', ':']) for (const semicolons of [false, true]) out.push({ cut: token.end, ending: quote + glue + close(scanned.afterToken, semicolons) });
  return out;
}

/**
 * From the edited text's start (its unit parsed with what it reads, within its class if it is in one);
 * failing that, from the start of the offset's line, as a statement of its own: the edit may span more
 * than one statement (typing in two places), with a syntax error before the string's line. Only a
 * string that the scan from the edit's start found too (not one in a comment or template over lines).
 */
function treeInEdit(fileName: string, version: BrokenVersion, offset: number): TreeAt | undefined {
  const [from, to] = version.units[version.edit]!.range;
  const scanned = stringAt(version.text, from, to, offset);
  if (!scanned) return undefined;
  const repaired = repairedAt(fileName, version, offset, from, scanned, version.units[version.edit]!.kind === 'member');
  if (repaired) return repaired;
  const lineStart = version.text.slice(0, offset).search(/[^\n\r\u2028\u2029]*$/);
  const fromLine = lineStart > from ? stringAt(version.text, lineStart, to, offset) : undefined;
  return fromLine?.token.start === scanned.token.start ? repairedAt(fileName, version, offset, lineStart, fromLine, false) : undefined;
}

/** The edited text from `from` up to the string `scanned` at `offset`, ended so that it parses, with the units it reads. */
function repairedAt(fileName: string, { text, lines, units, edit, links }: BrokenVersion, offset: number, from: number, scanned: ScannedString, inClass: boolean): TreeAt | undefined {
  const edited = units[edit]!;
  const piece = (end: number): StatementFacts => ({ ...edited, range: [from, end], kind: inClass ? 'member' : 'statement', reads: scanned.names });
  const ending = (end: number): StatementFacts[] => [...units.slice(0, edit), piece(end)];
  // What the edited text reads does not depend on where it is cut; the text is cut before any unit after it.
  const { dirty, context } = affectedBy(ending(text.length).concat(units.slice(edit + 1)), [edit], [], links);
  const needed = [...dirty, ...context].filter((i) => i <= edit);
  for (const { cut, ending: end } of endings(scanned, inClass)) {
    const source = text.slice(0, cut) + end;
    const kept = merged(spansWithShells(ending(source.length), needed));
    const parsed = parseParts(fileName, source, lines.upTo(source, cut), kept);
    if (!parsed.ok || !partsHold(parsed.file, kept)) continue;
    // The parser must read the scanned token as that string (not, say, as part of a regular expression).
    if (stringLiteralAt(parsed.file.ast, offset)?.range[0] !== scanned.token.start) continue;
    return { file: parsed.file, covers: [[scanned.token.start, scanned.token.end]] };
  }
  return undefined;
}
