// Re-analysing an edit must give exactly what analysing the whole new text gives: findings, their
// fixes and suggestions, and the statement facts the next edit starts from. Seeded random edits over
// real sample files, the benchmark's generated file and a file built to link statements through consts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, toDaprTarget, type DaprTarget, type EditorOptions } from '@dapr-codes/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Outline } from '../../packages/language-server/src/index.js';
import { seededRandom } from './harness/seeded-random.js';
// @ts-expect-error: a plain .mjs module of the benchmarks, without declarations
import { daprClassFile, daprFile } from '../../packages/typescript-plugin/bench/support.mjs';

/** Statements linked through module-level consts, sets, objects, chains and the catalog's import. */
const LINKED = `import { isDaprErrorCode } from '@dapr-codes/catalog';
const GONE = 'ERR_STATE_STORE_NOT_FOUND';
const RETRYABLE = new Set(['ERR_STATE_GET', 'ERR_PUBSUB_NOT_FOUND']);
const CODES = { missing: 'ERR_ACTOR_INSTANCE_MISSING', saved: 'ERR_STATE_SAVE' } as const;
const LISTED = ['ERR_DIRECT_INVOKE', 'ERR_TOPIC_EMPTY'];
export const code = (body: { errorCode: string }) => body.errorCode;
const current = lastError.errorCode;
const folded = current.toLowerCase();
const alias = current;

export function handle(body: { errorCode: string; message: string }) {
  if (body.errorCode === GONE) return 'gone';
  if (RETRYABLE.has(body.errorCode)) return 'retry';
  if (body.errorCode === CODES.missing) return 'missing';
  if (LISTED.includes(body.errorCode)) return 'listed';
  if (folded.includes('err_state_gett')) return 'folded';
  if (isDaprErrorCode('ERR_STATE_GETT')) return 'catalog';
  switch (alias) {
    case 'ERR_STATE_GET': return 'a';
    case 'ERR_STATE_SAVE': return 'b';
  }
  return 'other';
}

export function other(e: { errorCode: string }) {
  switch (e.errorCode) {
    case 'ERR_PUBSUB_NOT_FOUND':
      break
    case 'ERR_TOPIC_NAME_EMPTY':
      break
  }
}
`;

/** A service written as one class (as NestJS services are): its members are re-analysed one by one. */
const SERVICE = `import { Injectable } from '@nestjs/common';
const GONE = 'ERR_STATE_STORE_NOT_FOUND';
const RETRYABLE = new Set(['ERR_STATE_GET', 'ERR_PUBSUB_NOT_FOUND']);

@Injectable()
export class OrdersService extends Base {
  private readonly table = 'ERR_TOPIC_EMPTY'
  static retries = 3
  #last = GONE;
  [computedKey] = 1;

  constructor(private readonly client: Client) {
    super();
  }

  get isGone(): boolean {
    return this.lastError.errorCode === GONE;
  }

  async save(body: { errorCode: string }) {
    if (RETRYABLE.has(body.errorCode)) return 'retry';
    switch (body.errorCode) {
      case 'ERR_STATE_SAVE': return 'save';
      case 'ERR_STATE_GETT': return 'typo';
    }
  }

  load(err: { errorCode: string }): string {
    return err.errorCode === 'ERR_STATE_GET' ? 'a' : 'b';
  }
}

export function outside(e: { errorCode: string }) {
  return e.errorCode === 'ERR_DIRECT_INVOKE';
}
`;

const SAMPLE = join(import.meta.dirname, '../lint-setups/sample/src');
const files: [string, string][] = [
  ...readdirSync(SAMPLE).map((f): [string, string] => [f, readFileSync(join(SAMPLE, f), 'utf8')]),
  ['linked.ts', LINKED],
  ['generated.ts', daprFile(30) as string],
  ['service.ts', SERVICE],
  ['generated-class.ts', daprClassFile(30) as string],
];

/** Lines inserted at random line starts: new links, seams the parser could join, imports, styles. */
const INSERTS = [
  "const EXTRA = 'ERR_STATE_GETT';\n",
  'if (body.errorCode === EXTRA) {}\n',
  'if (lastError.errorCode === GONE) {}\n',
  "const current = 'ERR_LOCK_STORE_NOT_FOUND';\n",
  '(sideEffect)\n',
  '[1, 2].forEach(run)\n',
  '`ERR_TEMPLATE`\n',
  ';\n',
  '// a comment\n',
  '/* a\n block */\n',
  "import { isDaprErrorCode as isCode } from '@dapr-codes/catalog';\n",
  'export const alias2 = alias\n',
  "switch (lastError.errorCode) { case 'ERR_STATE_GET': break; case 'ERR_STATE_SAVE': break }\n",
  "let loose = 'ERR_TOPIC_EMPTY'\n",
  'var hoisted = GONE;\n',
  'function GONE2() {}\n',
  '}\n',
  'in\n',
  "  extra = 'ERR_STATE_GETT'\n",
  '  [computed] = 2\n',
  '  static\n',
  '  get\n',
  '  method() { return GONE }\n',
  "  #secret = 'ERR_TOPIC_EMPTY';\n",
  '  @Dec() decorated = 1;\n',
];

const CODE_LIKE = ['ERR_STATE_GET', 'ERR_STATE_GETT', 'ERR_TOPIC_EMPTY', 'DAPR_STATE_NOT_FOUND', 'ERR_MY_APP_THING', 'hello', 'ERR_STATE_'];

type Edit = (text: string, pick: <T>(xs: readonly T[]) => T, next: () => number) => string;

const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
const EDITS: Edit[] = [
  // Another code (or a typo, or no code) in a string.
  (text, pick) => {
    const strings = [...text.matchAll(/'[A-Z][A-Z_]+'/g)];
    if (strings.length === 0) return text;
    const m = pick(strings);
    return `${text.slice(0, m.index)}'${pick(CODE_LIKE)}'${text.slice(m.index + m[0].length)}`;
  },
  (text, pick) => {
    const at = pick(lineStarts(text));
    return text.slice(0, at) + pick(INSERTS) + text.slice(at);
  },
  // A line deleted, or moved.
  (text, pick) => {
    const lines = text.split('\n');
    const [line] = lines.splice(Math.floor(pick(lines.map((_, i) => i))), 1);
    if (pick([true, false])) lines.splice(pick(lines.map((_, i) => i)), 0, line!);
    return lines.join('\n');
  },
  // A semicolon removed or added at a line end.
  (text, pick) => {
    const ends = [...text.matchAll(/;?\n/g)];
    if (ends.length === 0) return text;
    const m = pick(ends);
    return text.slice(0, m.index) + (m[0] === ';\n' ? '\n' : ';\n') + text.slice(m.index + m[0].length);
  },
  // One character typed or deleted anywhere (mostly a syntax error for a while).
  (text, pick, next) => {
    const at = Math.floor(next() * text.length);
    return pick([true, false]) ? text.slice(0, at) + pick(['x', '(', '{', '}', "'", ' ', '\n']) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  },
  // A name replaced by another one the file declares.
  (text, pick) => {
    const names = [...text.matchAll(/\b(GONE|RETRYABLE|CODES|LISTED|current|folded|alias|body|EXTRA|loose)\b/g)];
    if (names.length === 0) return text;
    const m = pick(names);
    return text.slice(0, m.index) + pick(['GONE', 'current', 'alias', 'EXTRA', 'loose', 'folded']) + text.slice(m.index + m[0].length);
  },
];

const comparable = (a: Analysis) =>
  a.ok ? { messages: a.lint?.messages, statements: a.outline?.statements.map((s) => ({ ...s, reads: [...s.reads].sort() })) } : { failed: true };

function replay(name: string, start: string, seed: number, steps: number, options: EditorOptions, target?: DaprTarget) {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  let text = start;
  let parsing = start;
  let outline: Outline | undefined = undefined;
  let partial = 0;
  for (let step = 0; step < steps; step++) {
    const whole = analyze(name, text, options, undefined, target);
    const again = analyze(name, text, options, outline, target);
    expect(comparable(again), `${name}, step ${step}, seed ${seed}:\n${text}`).toEqual(comparable(whole));
    if (again.ok && !again.complete) partial++;
    if (again.ok && again.outline) outline = again.outline;
    // Mostly, an edit that breaks the syntax is undone by the next one (typing goes on from a text that parses).
    if (whole.ok) parsing = text;
    else if (next() < 0.8) text = parsing;
    text = pick(EDITS)(text, pick, next);
  }
  return partial;
}

describe('re-analysis of an edit', () => {
  it.each(files)('%s: 200 random edits give what a whole analysis gives', (name, text) => {
    let partial = 0;
    for (const seed of [1, 2, 3, 4]) partial += replay(name, text, seed, 50, DEFAULT_OPTIONS);
    // Most edits that leave the file parsing are re-analysed in part: the path under test is taken.
    expect(partial).toBeGreaterThan(25);
  });

  it('with a Dapr version and strict app codes too', () => {
    const options: EditorOptions = { ...DEFAULT_OPTIONS, appCodes: 'report' };
    expect(replay('linked.ts', LINKED, 7, 120, options, toDaprTarget('1.14'))).toBeGreaterThan(20);
  });
});
