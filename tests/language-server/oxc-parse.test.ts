// How the tree comes back from oxc-parser: by raw transfer where the runtime supports it (Node 22+),
// else by JSON; the same tree either way. The machine's Node (20) takes the JSON path; the built server
// under Node 24 (installed by scripts/test-tools.mjs) takes raw transfer and gives the same trees and
// the same findings; where raw transfer's buffer is refused it takes the JSON path.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS } from '@dapr-codes/catalog';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../packages/language-server/src/index.js';
import { oxcOptions, usesRawTransfer } from '../../packages/language-server/src/parsing/oxc-parse.js';
import { node24Binary } from '../../scripts/test-tools.mjs';
import { assertServerBuilt, FIXTURES, REPO_ROOT } from './harness/client.js';
// @ts-expect-error: a plain .mjs module of the benchmarks, without declarations
import { daprFile } from '../../packages/typescript-plugin/bench/support.mjs';

/** Syntax whose values or offsets a deserializer could get wrong: non-ASCII text, regexps, BigInts, JSX, decorators, a hashbang. */
const SYNTAX = `#!/usr/bin/env node
// héllo 🎉 wörld
const s = 'ünï 🎉 ERR_STATE_GETT'; /* ß */ const r = /a+é/gu; const b = 12n;
class A { @d m<T>(x: T): T { return x; } declare y?: string; }
export const view = <div title="é">{s}🎉</div>;
if (err.errorCode === 'ERR_STATE_GETT') throw new Error(\`🎉 \${s}\`);
`;

const inputs = [
  ...['ts7-project/src/handler.ts', 'plain-js/src/state.js', 'no-typescript/src/retry.ts'].map((path) => ({ file: path.split('/').pop()!, text: readFileSync(join(FIXTURES, path), 'utf8') })),
  { file: 'syntax.tsx', text: SYNTAX },
  { file: 'dapr.ts', text: daprFile(40) as string },
];

describe('oxc-parser options', () => {
  it('asks for raw transfer only when told to, with the same options otherwise', () => {
    const { experimentalRawTransfer, ...rest } = oxcOptions('ts', 'module', true);
    expect(experimentalRawTransfer).toBe(true);
    expect('experimentalRawTransfer' in oxcOptions('ts', 'module', false)).toBe(false);
    expect(oxcOptions('ts', 'module', false)).toEqual(rest);
    expect(rest).toEqual({ lang: 'ts', sourceType: 'module', astType: 'ts', range: true, preserveParens: false });
  });

  it('uses raw transfer exactly where the runtime supports it: not on Node 20', () => {
    expect(usesRawTransfer()).toBe(Number(process.versions.node.split('.')[0]) >= 22);
  });
});

describe('raw transfer under Node 24', () => {
  it('gives the trees and findings of the JSON path', () => {
    assertServerBuilt();
    const out = execFileSync(node24Binary(), [join(import.meta.dirname, 'harness/raw-transfer-trees.mjs')], { cwd: REPO_ROOT, input: JSON.stringify(inputs), encoding: 'utf8', timeout: 60_000 });
    const run = JSON.parse(out) as { node: string; rawTransfer: boolean; files: { file: string; nodes: number; difference?: string; messages: unknown }[] };
    expect(run.node).toMatch(/^v24\./);
    expect(run.rawTransfer).toBe(true);
    for (const [i, { file, text }] of inputs.entries()) {
      const theirs = run.files[i]!;
      expect(theirs.file).toBe(file);
      expect(theirs.nodes).toBeGreaterThan(10);
      expect(theirs.difference, file).toBeUndefined();
      // Node 20 here (JSON), Node 24 there (raw transfer): the same findings.
      const here = analyze(file, text, DEFAULT_OPTIONS);
      expect(here.ok && here.lint?.messages).toEqual(theirs.messages);
    }
    expect(run.files.flatMap((f) => f.messages as unknown[]).length).toBeGreaterThan(5);
  });

  it('falls back on the JSON path when the buffer cannot be had, with the same findings', () => {
    assertServerBuilt();
    // 4 GB of address space: Node runs, raw transfer's 6 GiB ArrayBuffer is refused (a RangeError).
    const capped = 'ulimit -v 4000000 && exec "$0" "$@"';
    const out = execFileSync('sh', ['-c', capped, node24Binary(), join(import.meta.dirname, 'harness/raw-transfer-trees.mjs'), '--capped'], { cwd: REPO_ROOT, input: JSON.stringify(inputs), encoding: 'utf8', timeout: 60_000 });
    const run = JSON.parse(out) as { rawTransfer: boolean; rawTransferAfter: boolean; files: { messages: unknown }[] };
    expect(run.rawTransfer).toBe(true);
    expect(run.rawTransferAfter).toBe(false);
    for (const [i, { file, text }] of inputs.entries()) {
      const here = analyze(file, text, DEFAULT_OPTIONS);
      expect(here.ok && here.lint?.messages, file).toEqual(run.files[i]!.messages);
    }
  });
});
