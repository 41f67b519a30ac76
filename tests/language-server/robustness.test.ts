// The server's analysis never throws, whatever the text: half-typed code, odd syntax, deep nesting.
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, completionAt, hoverAt } from '../../packages/language-server/src/index.js';

const texts = [
  '',
  'if (body.errorCode === "',
  "switch (body.errorCode) { case 'ERR_STATE_GET': case",
  'const x = `${',
  '<div className="ERR_STATE_GET">{body.errorCode === "ERR_X"}</div>',
  '@decorator class A { @d m(@p x = "ERR_STATE_GETT") {} }',
  'enum E { A = "ERR_STATE_GETT" } declare module "ERR_X" {}',
  '\u2028if (e.errorCode === "ERR_STATE_GETT") {}\r\nlet s = "😀"; if (e.errorCode === "ERR_TOPIC_EMPTI") {}',
  `const deep = ${'['.repeat(20_000)}${']'.repeat(20_000)};`,
  `if (e.errorCode === 'ERR_X') ${'{'.repeat(5_000)}${'}'.repeat(5_000)}`,
  `const within = ${'['.repeat(900)}'ERR_STATE_GETT'${']'.repeat(900)};`,
];

describe('analysis of any text', () => {
  it.each(texts.flatMap((text) => ['a.ts', 'a.tsx', 'a.js', 'a.cjs'].map((file) => [file, text.slice(0, 60), text] as const)))('%s: %s', (file, _, text) => {
    const analysis = analyze(file, text, DEFAULT_OPTIONS);
    if (analysis.ok) {
      for (let offset = 0; offset <= Math.min(text.length, 200); offset++) {
        expect(() => hoverAt(analysis.file, offset, DEFAULT_OPTIONS)).not.toThrow();
        expect(() => completionAt(analysis.file, offset, DEFAULT_OPTIONS)).not.toThrow();
      }
    } else {
      expect(analysis.error).toEqual(expect.any(String));
    }
  });

  it('parses on a thread sized for the text (no guard): what is too deep for the analysis says so, a file over maxFileSize is not read', () => {
    const beyond = { ok: false, kind: 'limit', error: expect.stringMatching(/^scope analysis: RangeError: Maximum call stack size exceeded/) };
    expect(analyze('a.ts', texts[8]!, DEFAULT_OPTIONS)).toEqual(beyond);
    // The text: it killed the server's process.
    expect(analyze('a.js', `const x = ${'!'.repeat(40_000)}a;`, DEFAULT_OPTIONS)).toEqual(beyond);
    const chain = `const x = ${Array.from({ length: 100_000 }, (_, i) => `a${i % 10}`).join(' + ')};`;
    expect(analyze('a.ts', chain, DEFAULT_OPTIONS)).toEqual(beyond);
    expect(analyze('a.ts', texts[10]!, DEFAULT_OPTIONS).ok).toBe(true);
    expect(analyze('a.ts', 'x'.repeat(1_000_001), DEFAULT_OPTIONS)).toEqual({ ok: false, kind: 'size', error: 'longer than maxFileSize (1000000)' });
    expect(analyze('a.ts', 'x'.repeat(1_000_001), { ...DEFAULT_OPTIONS, maxFileSize: 1_000_001 }).ok).toBe(true);
    expect(analyze('a.ts', 'if (', DEFAULT_OPTIONS)).toMatchObject({ ok: false, kind: 'syntax' });
    // No thread's stack holds what this could nest (libuv gives Windows the size as 32 bits): said, not tried.
    expect(analyze('a.ts', 'x'.repeat(1_769_473), { ...DEFAULT_OPTIONS, maxFileSize: 2_000_000 })).toEqual({
      ok: false,
      kind: 'limit',
      error: "longer than the parser's thread can hold (its stack is at most 4095 MB)",
    });
  });

  it('finds the typo after a line separator and an astral character (UTF-16 offsets)', () => {
    const text = texts[7]!;
    const analysis = analyze('a.ts', text, DEFAULT_OPTIONS);
    expect(analysis.ok && analysis.lint!.messages.map((m) => text.slice(m.start, m.end))).toEqual(['"ERR_STATE_GETT"', '"ERR_TOPIC_EMPTI"']);
  });
});
