// Hover and completion on versions that do not parse, in process, on seeded edits that break a file of
// functions and one class: nothing throws at any offset; far from the edit every string answers as it
// did before the edit; in the edit, an answer is about the string at that offset of the broken text.
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, brokenVersion, completionAt, hoverAt, treeInBroken } from '../../packages/language-server/src/index.js';
import { seededRandom } from './harness/seeded-random.js';
// @ts-expect-error: a plain .mjs module of the benchmarks, without declarations
import { daprClassFile, daprFile } from '../../packages/typescript-plugin/bench/support.mjs';

/** Typed text that leaves most statements broken: an open bracket, a half condition, a lone quote. */
const BREAKERS = ['(', '{', "if (e.errorCode === 'ERR_STATE_'", "case 'ERR_PUBSUB_", "'", '`${', '/*', 'x = [', ') =>'];

type File = Parameters<typeof hoverAt>[0];

const answers = (file: File, offset: number) => ({
  hover: hoverAt(file, offset, DEFAULT_OPTIONS)?.contents ?? null,
  completion: completionAt(file, offset, DEFAULT_OPTIONS)?.items.map((i) => i.label) ?? null,
});

describe.each([
  ['functions', daprFile(40) as string],
  ['one class', daprClassFile(40) as string],
])('a file of %s, broken by seeded edits', (_, good) => {
  const before = analyze('a.ts', good, DEFAULT_OPTIONS);
  if (!before.ok || !before.outline) throw new Error('the file must parse');
  const outline = before.outline;
  const strings = [...good.matchAll(/'[A-Z_]{4,}'/g)].map((m) => m.index + 3);
  const random = seededRandom(18);

  /** A seeded edit after which the file does not parse. */
  function breaking(): { at: number; typed: string; text: string } {
    for (;;) {
      const at = Math.floor(random() * good.length);
      const typed = BREAKERS[Math.floor(random() * BREAKERS.length)]!;
      const text = good.slice(0, at) + typed + good.slice(at);
      if (!analyze('a.ts', text, DEFAULT_OPTIONS, outline).ok) return { at, typed, text };
    }
  }

  /** An answer's range holds the offset, on one line, and is the broken text's own there (not text the repair added). */
  function expectAboutString(text: string, file: File, offset: number): void {
    const hover = hoverAt(file, offset, DEFAULT_OPTIONS)?.range;
    const edit = completionAt(file, offset, DEFAULT_OPTIONS)?.items[0]?.textEdit;
    for (const range of [hover, edit && 'range' in edit ? edit.range : undefined]) {
      if (!range) continue;
      const [start, end] = [file.lines.offset(range.start), file.lines.offset(range.end)];
      expect([start <= offset, offset <= end, range.start.line === range.end.line]).toEqual([true, true, true]);
      expect(file.text.slice(start, end)).toBe(text.slice(start, end));
    }
  }

  it.each(Array.from({ length: 6 }, (_, i) => i))('edit %i', () => {
    const { at, typed, text } = breaking();
    const version = brokenVersion(outline, text)!;
    const edited = version.units[version.edit]!.range;
    for (let offset = 0; offset <= text.length; offset += 29) {
      const tree = treeInBroken('a.ts', version, offset);
      if (tree) expectAboutString(text, tree.file, offset);
    }
    for (let offset = edited[0]; offset <= edited[1]; offset += 3) {
      const tree = treeInBroken('a.ts', version, offset);
      if (tree) expectAboutString(text, tree.file, offset);
    }
    for (const offset of strings) {
      const moved = offset < at ? offset : offset + typed.length;
      if (moved >= edited[0] && moved <= edited[1]) continue;
      const tree = treeInBroken('a.ts', version, moved);
      expect(tree, `a tree at ${moved}`).toBeDefined();
      expect(answers(tree!.file, moved)).toEqual(answers(before.file, offset));
    }
  });
});
