// Typing through versions that do not parse, in a 20,000-line file, through a real LSP client: hover
// and completion answer on every such version as they do on the text once completed (which parses),
// inside the half-typed statement and far from it, in a function and in a method of a class; the broken
// versions publish no findings (nothing stale) and the completed text gets its findings back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, LspClient, locate } from './harness/client.js';
// @ts-expect-error: a plain .mjs module of the benchmarks, without declarations
import { daprClassFile, daprFile } from '../../packages/typescript-plugin/bench/support.mjs';

const root = mkdtempSync(join(tmpdir(), 'dapr-ls-half-typed-'));
let client: LspClient;

beforeAll(async () => {
  assertServerBuilt();
  client = LspClient.start(root);
  await client.initialize(root);
  await client.initialized();
});
afterAll(() => {
  client.process.kill();
  rmSync(root, { recursive: true, force: true });
});

/** What the server answers on `text` at `needle` + `delta`, in a document of its own (`name`). */
async function answersOn(name: string, text: string, needle: string, delta: number): Promise<{ hover: Hover | null; completion: CompletionList | null }> {
  const path = join(root, name);
  writeFileSync(path, text);
  const uri = await client.open(path, text);
  await client.diagnosticsFor(uri, 1);
  const at = locate(text, needle, delta);
  return { hover: await client.hover(uri, at.line, at.character), completion: await client.completion(uri, at.line, at.character) };
}

/** The answers without the document they were asked in (the completion items carry its URI). */
const neutral = ({ hover, completion }: { hover: Hover | null; completion: CompletionList | null }) => ({
  hover,
  completion: completion && { ...completion, items: completion.items.map((i) => ({ ...i, data: { ...(i.data as object), uri: undefined } })) },
});

describe.each([
  ['functions', 'functions.ts', daprFile(2000) as string, 'export function handle1000(body: DaprErrorBody): string {\n', '  '],
  ['one class', 'class.ts', daprClassFile(2000) as string, '  handle1000(body: DaprErrorBody): string {\n', '    '],
])('a 20,000-line file of %s, half typed in the middle', (_, name, good, head, indent) => {
  let uri: string;
  let text = good;
  let version = 1;
  const far = (t: string) => t.indexOf("=== '", t.indexOf(head.replace('1000', '1500'))) + 5;

  beforeAll(async () => {
    const path = join(root, name);
    writeFileSync(path, good);
    uri = await client.open(path, good);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.length).toBeGreaterThan(0);
  });

  /** Types `typed` at the end of the line after `head`'s (or at `at`), as one incremental change. */
  async function type(typed: string, at = text.indexOf(head) + head.length): Promise<void> {
    const start = locate(text, text.slice(at), 0);
    text = text.slice(0, at) + typed + text.slice(at);
    await client.change(uri, ++version, [{ range: { start, end: start }, text: typed }]);
  }

  /** Hover and completion at `needle` + `delta` on the current (broken) version and on `completed`. */
  async function sameAsCompleted(needle: string, delta: number, completed: string, what: string) {
    const at = locate(text, needle, delta);
    const broken = { hover: await client.hover(uri, at.line, at.character), completion: await client.completion(uri, at.line, at.character) };
    const expected = await answersOn(`${what}-${name}`, completed, needle, delta);
    expect(neutral(broken)).toEqual(neutral(expected));
    return broken;
  }

  it('a condition half typed: completion in its string, hover far from it, as on the completed text; no findings published', async () => {
    await type(`${indent}if (body?.errorCode === 'ERR_STATE_'\n`);
    expect((await client.diagnosticsFor(uri, version)).diagnostics).toEqual([]);
    const needle = `${indent}if (body?.errorCode === 'ERR_STATE_'`;
    const completed = text.replace(needle, `${needle}) return 'x';`);
    const { completion } = await sameAsCompleted(needle, needle.length - 1, completed, 'condition');
    expect(completion!.items.length).toBeGreaterThan(20);
    const farAt = far(text);
    const farNeedle = text.slice(farAt - 20, farAt + 10);
    const { hover } = await sameAsCompleted(farNeedle, 22, completed, 'far');
    expect(hover?.contents).toMatchObject({ kind: 'markdown', value: expect.stringContaining('(Dapr error code)') });
  });

  it('typing on in that string (a new version each keystroke) keeps answering, then the completed line brings the findings back', async () => {
    const needle = `${indent}if (body?.errorCode === 'ERR_STATE_`;
    for (const letter of 'GET') {
      await type(letter, text.indexOf(needle) + needle.length + text.slice(text.indexOf(needle) + needle.length).indexOf("'"));
      const at = locate(text, `${needle}`, needle.length);
      const list = await client.completion(uri, at.line, at.character);
      expect(list?.items.map((i) => i.label)).toContain('ERR_STATE_GET');
      // The whole content typed so far is replaced.
      const content = { start: needle.length - 'ERR_STATE_'.length, end: needle.length + text.slice(text.indexOf(needle) + needle.length).indexOf("'") };
      expect(list?.items[0]?.textEdit).toMatchObject({ range: { start: { line: at.line, character: content.start }, end: { line: at.line, character: content.end } } });
    }
    const hoverAt = locate(text, `${needle}GET'`, needle.length + 1);
    expect((await client.hover(uri, hoverAt.line, hoverAt.character))?.contents).toMatchObject({ value: expect.stringContaining('ERR_STATE_GET') });
    await type(') return "x";', text.indexOf(`${needle}GET'`) + needle.length + 4);
    const fixed = await client.diagnosticsFor(uri, version);
    expect(fixed.diagnostics.length).toBeGreaterThan(0);
  });

  it('a case half typed in a switch, its string not closed yet: completion as in the completed case', async () => {
    const line = `${indent}switch (body.errorCode) { case 'ERR_PUBSUB_`;
    await type(`${line}\n`);
    const completed = text.replace(line, `${line}': break; }`);
    const { completion } = await sameAsCompleted(line, line.length, completed, 'case');
    expect(completion!.items.map((i) => i.label)).toContain('ERR_PUBSUB_NOT_FOUND');
  });

  it('typing in a second place while the first is still half typed: completion there as in the completed text', async () => {
    const caseLine = `${indent}switch (body.errorCode) { case 'ERR_PUBSUB_`;
    const second = `${indent}if (body?.errorCode === 'ERR_TOPIC_'`;
    const secondHead = head.replace('1000', '1700');
    await type(`${second}\n`, text.indexOf(secondHead) + secondHead.length);
    const completed = text.replace(caseLine, `${caseLine}': break; }`).replace(second, `${second}) return 'x';`);
    const { completion } = await sameAsCompleted(second, second.length - 1, completed, 'second');
    expect(completion!.items.map((i) => i.label)).toContain('ERR_TOPIC_NAME_EMPTY');
  });
});
