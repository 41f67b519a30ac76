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

  it('does not parse what would overflow the parser’s native stack (nesting, operator chains), and parses what is within reach', () => {
    expect(analyze('a.ts', texts[8]!, DEFAULT_OPTIONS)).toEqual({ ok: false, error: 'not analysed: brackets nested deeper than 1000' });
    expect(analyze('a.ts', 'x'.repeat(1_000_001), DEFAULT_OPTIONS)).toEqual({ ok: false, error: 'not analysed: larger than 1000000 characters' });
    expect(analyze('a.ts', texts[10]!, DEFAULT_OPTIONS).ok).toBe(true);
    // 100,000 chained operators crash the parser's process (measured: from 50,000 to 80,000).
    const chain = `const x = ${Array.from({ length: 100_000 }, (_, i) => `a${i % 10}`).join(' + ')};`;
    expect(analyze('a.ts', chain, DEFAULT_OPTIONS)).toEqual({ ok: false, error: 'not analysed: more than 20000 operators in one expression' });
    const withinReach = `const x = ${Array.from({ length: 5_000 }, (_, i) => `a${i % 10}`).join(' + ')};`;
    expect(analyze('a.ts', withinReach, DEFAULT_OPTIONS).ok).toBe(true);
  });

  it('finds the typo after a line separator and an astral character (UTF-16 offsets)', () => {
    const text = texts[7]!;
    const analysis = analyze('a.ts', text, DEFAULT_OPTIONS);
    expect(analysis.ok && analysis.lint!.messages.map((m) => text.slice(m.start, m.end))).toEqual(['"ERR_STATE_GETT"', '"ERR_TOPIC_EMPTI"']);
  });
});
