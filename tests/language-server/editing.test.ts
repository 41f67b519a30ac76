// End to end, while typing: after each edit (sent as incremental changes, one of them a syntax error
// that is then undone), the server's diagnostics, hovers and completions equal those of a server that
// opens the resulting text fresh. The edited server re-analyses in part (reanalysis.test.ts shows the
// path is taken); the fresh one analyses the whole text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, LspClient, locate } from './harness/client.js';
// @ts-expect-error: a plain .mjs module of the benchmarks, without declarations
import { daprFile } from '../../packages/typescript-plugin/bench/support.mjs';

const root = mkdtempSync(join(tmpdir(), 'dapr-ls-editing-'));
const file = join(root, 'handlers.ts');
const start = `const GONE = 'ERR_STATE_STORE_NOT_FOUND';\n${daprFile(60) as string}export const isGone = (code: string) => code === GONE;\n`;

/** A replacement of `[at, at + length)` of `text`, as an LSP incremental change. */
function replace(text: string, needle: string, delta: number, length: number, by: string): { text: string; change: TextDocumentContentChangeEvent } {
  const at = text.indexOf(needle) + delta;
  const range = { start: locate(text, needle, delta), end: locate(text, needle, delta + length) };
  return { text: text.slice(0, at) + by + text.slice(at + length), change: { range, text: by } };
}

async function fresh(text: string) {
  const client = LspClient.start(root);
  await client.initialize(root);
  await client.initialized();
  writeFileSync(file, text);
  const uri = await client.open(file, text);
  return { client, uri };
}

beforeAll(assertServerBuilt);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('typing in a 600-line file', () => {
  let editor: LspClient;
  let uri: string;
  let text = start;
  let version = 1;

  beforeAll(async () => {
    editor = LspClient.start(root);
    await editor.initialize(root);
    await editor.initialized();
    writeFileSync(file, text);
    uri = await editor.open(file, text);
  });
  afterAll(() => editor.process.kill());

  /** Each edit, and a text its diagnostics must mention (none for the syntax error: nothing is published). */
  const edits: [string, (t: string) => { text: string; change: TextDocumentContentChangeEvent }, string | undefined][] = [
    ['a typo in one handler', (t) => replace(t, "body.errorCode === 'ERR_STATE_GET'", 20, 13, 'ERR_STATE_GTE'), 'ERR_STATE_GTE'],
    ['a syntax error', (t) => replace(t, 'export function handle40(', 0, 0, '('), undefined],
    ['the syntax error undone', (t) => replace(t, '(export function handle40(', 0, 1, ''), 'ERR_STATE_GTE'],
    ['the held code renamed (its use far below makes it a code)', (t) => replace(t, "const GONE = 'ERR_STATE_STORE_NOT_FOUND'", 14, 25, 'ERR_STATE_STORE_NOT_FOUNDD'), 'ERR_STATE_STORE_NOT_FOUNDD'],
    ['a line deleted', (t) => replace(t, "  if (body.errorInfo?.reason === 'DAPR_STATE_NOT_FOUND') return 'missing';\n", 0, 75, ''), 'ERR_TOPIC_EMPTY'],
  ];

  /** Applies `edit`; the diagnostics must equal a fresh server's on the new text and mention `mentioned` (none without). */
  async function editLikeFresh(edit: (t: string) => { text: string; change: TextDocumentContentChangeEvent }, mentioned: string | undefined): Promise<void> {
    const next = edit(text);
    text = next.text;
    version++;
    await editor.change(uri, version, [next.change]);
    const edited = await editor.diagnosticsFor(uri, version);
    const other = await fresh(text);
    try {
      const expected = await other.client.diagnosticsFor(other.uri, 1);
      expect(edited.diagnostics).toEqual(expected.diagnostics);
      if (mentioned) expect(edited.diagnostics.some((d) => String(d.message).includes(mentioned))).toBe(true);
      else expect(edited.diagnostics).toEqual([]);
    } finally {
      other.client.process.kill();
    }
  }

  it.each(edits)('%s: the same diagnostics as a fresh server’s', async (_, edit, mentioned) => {
    await editLikeFresh(edit, mentioned);
  });

  it('hovers far from the edits, and completes inside the edited string, as a fresh server does', async () => {
    const next = replace(text, "'ERR_STATE_GTE'", 1, 13, 'ERR_STATE_G');
    text = next.text;
    version++;
    await editor.change(uri, version, [next.change]);
    const other = await fresh(text);
    try {
      const far = locate(text, "export function handle55(body: DaprErrorBody): string {\n  if (body.errorCode === '", 58 + 28);
      const typed = locate(text, "'ERR_STATE_G'", 12);
      const hover = await editor.hover(uri, far.line, far.character);
      expect(hover).not.toBeNull();
      expect(hover).toEqual(await other.client.hover(other.uri, far.line, far.character));
      const completion = await editor.completion(uri, typed.line, typed.character);
      expect(completion?.items.length).toBeGreaterThan(50);
      expect(completion).toEqual(await other.client.completion(other.uri, typed.line, typed.character));
    } finally {
      other.client.process.kill();
    }
  });

  it('after 40 other documents were opened (its outline no longer kept), an edit gives what a fresh server gives', async () => {
    for (let i = 0; i < 40; i++) {
      const other = join(root, `other${i}.ts`);
      const otherUri = await editor.open(other, `export const gone${i} = (e: { errorCode: string }) => e.errorCode === 'ERR_STATE_GETT';\n`);
      if (i === 39) expect((await editor.diagnosticsFor(otherUri, 1)).diagnostics).toHaveLength(1);
    }
    await editLikeFresh((t) => replace(t, "'ERR_STATE_G'", 1, 11, 'ERR_TOPIC_EMPTI'), 'ERR_TOPIC_EMPTI');
  });
});
