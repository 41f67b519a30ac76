// Analysis of a new version from the previous one: only the statements an edit can change are linted
// again, on a tree of those statements and the ones they read (the rest of the text blanked out); the
// other statements keep their findings, moved by the edit's length. Whenever that cannot be shown to
// give what a whole analysis gives (a syntax error, a seam the parser could read differently, a
// file-wide fact that changed, too much to redo), the answer is undefined and the caller does it whole.
import { changeBetween, onlyTrivia, regionOf, seamHolds, type Change } from './edit-region.js';
import { affectedBy } from './dependencies.js';
import { LineTable } from '../parsing/line-table.js';
import { lint, type LintMessage, type LintResult, type TextEdit } from './lint-runner.js';
import { parseParts, type ParsedFile, type Span } from '../parsing/parse.js';
import type { LintConfig } from './rule-configs.js';
import { headOf, spansWithShells, statementAt, statementFacts, tailOf, unitsOf, type StatementFacts } from './statement-facts.js';

/** What is kept of an analysed version to analyse the next one. */
export interface Outline {
  readonly text: string;
  /** The file name, rule configuration and file-wide facts the findings were computed with. */
  readonly key: string;
  readonly lines: LineTable;
  readonly statements: readonly StatementFacts[];
  readonly messages: readonly LintMessage[];
}

export interface Reanalysed {
  /** The statements analysed again and their context only. */
  readonly file: ParsedFile;
  /** Where `file` has the statements analysed again (with all they read): hover and completion can use it there. */
  readonly covers: readonly Span[];
  readonly lint: LintResult;
  readonly outline: Outline;
}

/** Above this share of the text, parsing the parts costs about what the whole does. */
const MAX_PART = 0.5;

const shiftEdit = (edit: TextEdit, by: number): TextEdit => ({ ...edit, range: [edit.range[0] + by, edit.range[1] + by] });

function shiftMessage(m: LintMessage, by: number): LintMessage {
  if (by === 0) return m;
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    fix: m.fix && shiftEdit(m.fix, by),
    suggestions: m.suggestions.map((s) => ({ ...s, fix: shiftEdit(s.fix, by) })),
  };
}

/** Whether parsing `kept` would cost about what parsing the whole text does. */
const mostOf = (kept: readonly Span[], text: string): boolean => kept.reduce((n, [start, end]) => n + end - start, 0) > text.length * MAX_PART;

export function merged(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Every statement of a tree parsed in parts lies inside a kept span or wholly in a blanked gap: one
 * that runs over an edge took the gap's separator for its own (`a in` + `0;`), so the parts did not
 * parse as they do in the whole text.
 */
export function partsHold(file: ParsedFile, kept: readonly Span[]): boolean {
  return unitsOf(file.ast).every(({ range: [start, end] }) => kept.every(([from, to]) => (start >= from && end <= to) || end <= from || start >= to));
}

/** The change from the previous version and the new version's line table, made from the previous one's. */
export function linesAfter(previous: Outline | undefined, text: string): { lines: LineTable; change: Change | undefined } {
  const change = previous && changeBetween(previous.text, text);
  return { lines: previous && change ? previous.lines.edited(text, change) : new LineTable(text), change };
}

export function reanalyze(fileName: string, text: string, lines: LineTable, change: Change, config: LintConfig, key: string, previous: Outline): Reanalysed | undefined {
  if (previous.key !== key) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const region = regionOf(previous.statements, change, previous.text.length);
  const span: Span = [region.old[0], region.old[1] + delta];
  const before = previous.statements.slice(0, region.first);
  const after = previous.statements.slice(region.last).map((s) => (delta === 0 ? s : { ...s, range: [s.range[0] + delta, s.range[1] + delta] as const }));
  const prior = before[before.length - 1];
  const next = after[0];
  // Inside a class, the region parses within the class's head and tail.
  const shell: Span[] = [];
  if (prior && prior.kind !== 'statement' && prior.kind !== 'tail') shell.push(before[headOf(before, before.length - 1)]!.range);
  if (next && next.kind !== 'statement' && next.kind !== 'head') shell.push(after[tailOf(after, 0)]!.range);
  const aloneParts = merged([span, ...shell]);
  const alone = parseParts(fileName, text, lines, aloneParts);
  if (!alone.ok || !partsHold(alone.file, aloneParts)) return undefined;
  const fresh = statementFacts(alone.file.ast, alone.file.scopeManager, text, span);
  const firstAfterPrior = fresh[0]?.range[0] ?? next?.range[0] ?? text.length;
  if (prior && !seamHolds(text, prior.range[1], prior.closed, firstAfterPrior)) return undefined;
  // A `;` in a class body is no node: after an unchanged member, it would be that member's end.
  if (prior && !onlyTrivia(text, prior.range[1], firstAfterPrior)) return undefined;
  const lastNew = fresh[fresh.length - 1] ?? prior;
  if (lastNew && next && !seamHolds(text, lastNew.range[1], lastNew.closed, next.range[0])) return undefined;
  if (next && !onlyTrivia(text, lastNew?.range[1] ?? 0, next.range[0])) return undefined;

  const statements = [...before, ...fresh, ...after];
  const edited = fresh.map((_, k) => region.first + k);
  const { dirty, context } = affectedBy(statements, edited, previous.statements.slice(region.first, region.last));
  const others = [...dirty, ...context].filter((i) => i < region.first || i >= region.first + fresh.length);
  const kept = merged([span, ...shell, ...spansWithShells(statements, others)]);
  if (mostOf(kept, text)) return undefined;
  // Most often nothing outside the region is needed: its own parse is the tree to lint.
  const sameParts = kept.length === aloneParts.length && kept.every(([from, to], i) => from === aloneParts[i]![0] && to === aloneParts[i]![1]);
  const parsed = sameParts ? alone : parseParts(fileName, text, lines, kept);
  if (!parsed.ok || !partsHold(parsed.file, kept)) return undefined;
  const result = lint(parsed.file, config.rules, config.settings, fileName);

  const redone = result.messages.filter((m) => dirty.has(statementAt(statements, m.start)));
  const carried = previous.messages.flatMap((m) => {
    const i = statementAt(previous.statements, m.start);
    if (i < region.first) return dirty.has(i) ? [] : [m];
    if (i < region.last) return [];
    return dirty.has(i - region.last + region.first + fresh.length) ? [] : [shiftMessage(m, delta)];
  });
  const messages = [...carried, ...redone].sort((a, b) => a.start - b.start || a.end - b.end);
  const covers = [span, ...[...dirty].map((i) => statements[i]!.range)];
  return { file: parsed.file, covers, lint: { messages, failures: result.failures }, outline: { text, key, lines, statements, messages } };
}

/**
 * A tree for hover or completion at `offset` of the outline's version: the statement there with what it
 * reads (the whole file when that is most of it); undefined outside every statement, where no string is.
 */
export function parseAround(fileName: string, outline: Outline, offset: number): { file: ParsedFile; covers: readonly Span[] } | undefined {
  const { text, statements, lines } = outline;
  const at = statementAt(statements, offset);
  if (at < 0) return undefined;
  const { dirty, context } = affectedBy(statements, [at], []);
  const kept = merged(spansWithShells(statements, [...dirty, ...context]));
  const whole = mostOf(kept, text);
  const parsed = parseParts(fileName, text, lines, whole ? undefined : kept);
  if (!parsed.ok || (!whole && !partsHold(parsed.file, kept))) return undefined;
  return { file: parsed.file, covers: whole ? [[0, text.length]] : [...dirty].map((i) => statements[i]!.range) };
}
