// Offsets ⇄ ESLint locations (1-based lines, 0-based columns) ⇄ LSP positions (0-based lines), by
// binary search over the line starts.
import type { TSESTree } from '@typescript-eslint/types';

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** A line terminator, as ESLint counts them. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;

export class LineTable {
  private readonly starts: number[];

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

  get lineTexts(): string[] {
    return this.starts.map((s, i) => this.text.slice(s, i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length).replace(/(?:\r\n|[\r\n\u2028\u2029])$/, ''));
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): LspPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.starts[line]! };
  }

  offset(position: LspPosition): number {
    const start = this.starts[Math.max(0, Math.min(position.line, this.starts.length - 1))]!;
    return Math.max(0, Math.min(start + position.character, this.text.length));
  }

  /** ESLint's location of an offset: 1-based line, 0-based column. */
  eslintPosition(offset: number): TSESTree.Position {
    const { line, character } = this.position(offset);
    return { line: line + 1, column: character };
  }

  locOf(start: number, end: number): TSESTree.SourceLocation {
    return { start: this.eslintPosition(start), end: this.eslintPosition(end) };
  }
}

/** Pushes the start of every line whose terminator is in `[from, to)`. */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
}
