// Offsets ⇄ ESLint locations (1-based lines, 0-based columns) ⇄ LSP positions (0-based lines), by
// binary search over the line starts.
import type { TSESTree } from '@typescript-eslint/types';

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

export class LineTable {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    // Most files have `\n` alone: found natively. Otherwise \r\n, \r and the Unicode line terminators ESLint also counts.
    if (!/[\r\u2028\u2029]/.test(text)) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
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
