// A line table made from the previous version's must equal one made from scratch, whatever the line
// terminators around the change (`\r\n` split or joined, `\r` alone, Unicode line separators).
import { describe, expect, it } from 'vitest';
import { LineTable } from '../../packages/language-server/src/index.js';
import { changeBetween } from '../../packages/language-server/src/edit-region.js';
import { seededRandom } from './harness/seeded-random.js';

const PIECES = ['a', 'bc', '\n', '\r', '\r\n', '\u2028', '\u2029', ' ', 'x\ny'];


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
      for (let offset = 0; offset <= text.length; offset++) expect(table.position(offset)).toEqual(fresh.position(offset));
    }
  });
});
