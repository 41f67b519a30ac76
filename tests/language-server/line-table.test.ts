// The line table: LSP positions and ESLint locations, each counting lines its own way, and a table made
// from the previous version's equal to one made from scratch, whatever the line terminators around the
// change (`\r\n` split or joined, `\r` alone, Unicode line separators).
import { describe, expect, it } from 'vitest';
import { LineTable } from '../../packages/language-server/src/index.js';
import { changeBetween } from '../../packages/language-server/src/analysis/edit-region.js';
import { seededRandom } from './harness/seeded-random.js';

const PIECES = ['a', 'bc', '\n', '\r', '\r\n', '\u2028', '\u2029', ' ', 'x\ny'];

/** Lines as LSP counts them (\n, \r\n, \r) or as ESLint does (those and U+2028, U+2029), by a plain scan. */
const positionsBy = (text: string, breaks: RegExp) => {
  const starts = [0, ...[...text.matchAll(breaks)].map((m) => m.index + m[0].length)];
  return (offset: number) => {
    const line = starts.filter((s) => s <= offset).length - 1;
    return { line, character: offset - starts[line]! };
  };
};

describe('LineTable positions', () => {
  it('gives LSP positions (U+2028 and U+2029 end no line) and ESLint locations (they do), both ways', () => {
    const next = seededRandom(5);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 12 }, () => PIECES[Math.floor(next() * PIECES.length)]!).join('');
      const table = new LineTable(text);
      const lsp = positionsBy(text, /\r\n|\r|\n/g);
      const eslint = positionsBy(text, /\r\n|[\r\n\u2028\u2029]/g);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(table.position(offset)).toEqual(lsp(offset));
        expect(table.offset(lsp(offset))).toBe(offset);
        const { line, character } = eslint(offset);
        expect(table.eslintPosition(offset)).toEqual({ line: line + 1, column: character });
        expect(table.eslintOffset({ line: line + 1, column: character })).toBe(offset);
      }
    }
  });
});

describe('LineTable.edited', () => {
  it('equals a table made from scratch after 2,000 random edits', () => {
    const next = seededRandom(3);
    const piece = () => PIECES[Math.floor(next() * PIECES.length)]!;
    let text = Array.from({ length: 40 }, piece).join('');
    let table = new LineTable(text);
    for (let i = 0; i < 2_000; i++) {
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(next() * 4));
      const edited = text.slice(0, start) + Array.from({ length: Math.floor(next() * 3) }, piece).join('') + text.slice(end);
      const change = changeBetween(text, edited);
      if (change) table = table.edited(edited, change);
      text = edited;
      const fresh = new LineTable(text);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(table.position(offset)).toEqual(fresh.position(offset));
        expect(table.eslintPosition(offset)).toEqual(fresh.eslintPosition(offset));
      }
    }
  });
});
