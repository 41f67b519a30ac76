// Offsets ⇄ ESLint locations (1-based lines, 0-based columns) ⇄ LSP positions (0-based lines), by
// binary search over the line starts. The two count lines differently: ESLint also ends a line at
// U+2028 and U+2029, LSP only at \n, \r\n and \r, so a file holding those gets a second table for LSP.
import type { TSESTree } from '@typescript-eslint/types';

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** Offsets ⇄ LSP positions: a `LineTable`, or the editor's document itself (`TextDocument`'s own line offsets). */
export interface LspPositions {
  position(offset: number): LspPosition;
  offset(position: LspPosition): number;
}

/** A line terminator, as ESLint counts them. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;
const UNICODE_BREAK = /[\u2028\u2029]/;

export class LineTable implements LspPositions {
  private readonly starts: number[];
  /** Line starts as LSP counts lines: ESLint's own unless the text has U+2028 or U+2029 (built on first use). */
  private lspStarts: number[] | undefined;

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    // Most files have `\n` alone: found natively. Otherwise \r\n, \r and the Unicode line terminators ESLint also counts.
    if (!/[\r\u2028\u2029]/.test(text)) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    pushLineStarts(text, 0, text.length, this.starts);
  }

  /**
   * The table of `text`, this table's text with `[start, oldEnd)` replaced (ending at `newEnd` now): the
   * line starts before and after the change are kept (moved), only the changed text is scanned again.
   */
  edited(text: string, change: { readonly start: number; readonly oldEnd: number; readonly newEnd: number }): LineTable {
    // A terminator's kind depends on the character after it (`\r\n`): scan one before and one after.
    const from = Math.max(0, change.start - 1);
    const to = Math.min(text.length, change.newEnd + 1);
    const delta = change.newEnd - change.oldEnd;
    const starts = this.starts.filter((s) => s <= from);
    pushLineStarts(text, from, to, starts);
    for (const s of this.starts) if (s - 1 >= change.oldEnd + 1) starts.push(s + delta);
    return new LineTable(text, starts);
  }

  /** The table of `text`: this table's text up to `at`, then no line break. */
  upTo(text: string, at: number): LineTable {
    return new LineTable(text, this.starts.slice(0, lastAtOrBefore(this.starts, at) + 1));
  }

  get lineTexts(): string[] {
    return this.starts.map((s, i) => this.text.slice(s, i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length).replace(/(?:\r\n|[\r\n\u2028\u2029])$/, ''));
  }

  /** The LSP position of an offset. */
  position(offset: number): LspPosition {
    return positionIn(this.lspLineStarts(), this.text.length, offset);
  }

  /** The offset of an LSP position. */
  offset(position: LspPosition): number {
    return offsetIn(this.lspLineStarts(), this.text.length, position.line, position.character);
  }

  /** ESLint's location of an offset: 1-based line, 0-based column. */
  eslintPosition(offset: number): TSESTree.Position {
    const { line, character } = positionIn(this.starts, this.text.length, offset);
    return { line: line + 1, column: character };
  }

  /** The offset of an ESLint location. */
  eslintOffset(loc: TSESTree.Position): number {
    return offsetIn(this.starts, this.text.length, loc.line - 1, loc.column);
  }

  locOf(start: number, end: number): TSESTree.SourceLocation {
    return { start: this.eslintPosition(start), end: this.eslintPosition(end) };
  }

  private lspLineStarts(): number[] {
    this.lspStarts ??= UNICODE_BREAK.test(this.text) ? this.starts.filter((s) => s === 0 || !UNICODE_BREAK.test(this.text[s - 1]!)) : this.starts;
    return this.lspStarts;
  }
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function positionIn(starts: readonly number[], length: number, offset: number): LspPosition {
  const clamped = Math.max(0, Math.min(offset, length));
  const line = lastAtOrBefore(starts, clamped);
  return { line, character: clamped - starts[line]! };
}

function offsetIn(starts: readonly number[], length: number, line: number, character: number): number {
  const start = starts[Math.max(0, Math.min(line, starts.length - 1))]!;
  return Math.max(0, Math.min(start + character, length));
}

/** Pushes the start of every line whose terminator is in `[from, to)`. */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
}
