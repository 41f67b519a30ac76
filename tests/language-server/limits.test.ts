// End to end over stdio: no text up to maxFileSize takes the server down. Every recursive rule of the
// grammar nested as deep as the size limit allows (the shapes the parser's stack is sized by) is opened
// beside an ordinary file: the server stays up and answers on the ordinary file, and a deep file it
// cannot analyse gets its one diagnostic. A file over maxFileSize gets one too, and the setting moves the limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEEP_SHAPES } from '../../packages/language-server/bench/deep-shapes.mjs';
import { assertServerBuilt, LspClient } from './harness/client.js';

beforeAll(assertServerBuilt);

const ORDINARY = "export const known = (e: { errorCode: string }) => e.errorCode === 'ERR_STATE_GET';\n";
const KNOWN_AT = ORDINARY.indexOf("'ERR_STATE_GET'") + 2;

/** The shape at the deepest level whose text still fits in `chars`. */
function atMost(shape: (typeof DEEP_SHAPES)[number], chars: number): string {
  const perLevel = shape.text(1001).length - shape.text(1000).length;
  const text = shape.text(Math.floor((chars - shape.text(0).length) / perLevel));
  expect(text.length).toBeLessThanOrEqual(chars);
  expect(text.length).toBeGreaterThan(chars - perLevel - 1);
  return text;
}

async function start(root: string, section: unknown): Promise<{ client: LspClient; ordinary: string }> {
  const client = LspClient.start(root, { section });
  await client.initialize(root);
  await client.initialized();
  const ordinary = await client.open(join(root, 'ordinary.ts'), ORDINARY);
  await client.diagnosticsFor(ordinary, 1);
  return { client, ordinary };
}

async function answersOn(client: LspClient, ordinary: string): Promise<void> {
  expect(client.process.exitCode).toBeNull();
  expect((await client.hover(ordinary, 0, KNOWN_AT))?.contents).toMatchObject({ kind: 'markdown', value: expect.stringContaining('ERR_STATE_GET') });
}

describe('every recursion axis nested to the size limit (maxFileSize 65,536: a thread sized for exactly that)', () => {
  const LIMIT = 65_536;
  const root = mkdtempSync(join(tmpdir(), 'dapr-ls-deep-'));
  let client: LspClient;
  let ordinary: string;

  beforeAll(async () => ({ client, ordinary } = await start(root, { maxFileSize: LIMIT })));
  afterAll(() => {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(DEEP_SHAPES.map((shape, i) => ({ ...shape, i })))('$name: the server stays up; the file is analysed, does not parse, or gets its one diagnostic', async (shape) => {
    const text = atMost(shape, LIMIT);
    const uri = await client.open(join(root, `deep-${shape.i}${shape.file.slice(1)}`), text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    await answersOn(client, ordinary);
    // No code in these files to report: a diagnostic can only be the one that says the file is not analysed.
    expect(diagnostics.length).toBeLessThanOrEqual(1);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ code: 93113, range: { start: { line: 0, character: 0 } }, source: 'dapr-codes' });
      expect(d.message).toMatch(/^@dapr-codes\/language-server: this file is not checked for Dapr codes: its code is nested deeper than the analysis can follow\./);
      expect(await client.hover(uri, 0, 3)).toBeNull();
    }
  });

  it('says so on the files the analysis cannot follow (the issue’s `!` chain among them)', () => {
    const flagged = client.diagnostics.filter((d) => d.diagnostics.some((x) => x.code === 93113)).map((d) => d.uri);
    expect(flagged.length).toBeGreaterThan(DEEP_SHAPES.length / 4);
    expect(flagged.some((uri) => uri.endsWith(`/deep-${DEEP_SHAPES.findIndex((s) => s.name === 'unary !')}.js`))).toBe(true);
  });
});

describe('at the default maxFileSize (1,000,000 characters)', () => {
  const root = mkdtempSync(join(tmpdir(), 'dapr-ls-large-'));
  let client: LspClient;
  let ordinary: string;

  beforeAll(async () => ({ client, ordinary } = await start(root, null)));
  afterAll(() => {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('survives the issue’s `!` chain (40,000 deep: it killed the server) and one as long as the limit', async () => {
    const short = await client.open(join(root, 'bang.js'), `const x = ${'!'.repeat(40_000)}a;`);
    const long = await client.open(join(root, 'bang-long.js'), `x=${'!'.repeat(1_000_000 - 4)}a;`);
    for (const uri of [short, long]) expect((await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code)).toEqual([93113]);
    await answersOn(client, ordinary);
    // The next tests change the settings: every open file is analysed again.
    for (const uri of [short, long]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('tells a file over maxFileSize so, answers no hover on it, and analyses it once the setting is raised', async () => {
    const typo = "if (e.errorCode === 'ERR_STATE_GETT' || e.errorCode === 'ERR_STATE_GET') {}\n";
    const known = typo.indexOf("'ERR_STATE_GET'") + 2;
    const text = `${typo}${'// filler line\n'.repeat(Math.ceil(1_000_001 / 15))}`;
    const uri = await client.open(join(root, 'large.ts'), text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        code: 93113,
        source: 'dapr-codes',
        message: `@dapr-codes/language-server: this file is not checked for Dapr codes: ${text.length.toLocaleString('en-US')} characters, over maxFileSize (1,000,000). Raise the "maxFileSize" option (up to 10,000,000) to check it.`,
      },
    ]);
    expect(await client.hover(uri, 0, known)).toBeNull();
    client.section = { maxFileSize: 2_000_000 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const raised = await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.some((x) => x.code === 93100)), 'the typo reported');
    expect(raised.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([[93100, 0]]);
    expect((await client.hover(uri, 0, known))?.contents).toMatchObject({ value: expect.stringContaining('ERR_STATE_GET') });
  });

  it('says in one line what is wrong with a bad maxFileSize, and keeps the default', async () => {
    client.section = { maxFileSize: '2MB' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const shown = await client.waitFor(() => client.messages.find((m) => m.message.includes('maxFileSize')), 'the message');
    expect(shown.message).toBe('@dapr-codes/language-server: option "maxFileSize" must be a whole number of characters from 1 to 10000000, got "2MB". Using the default.');
  });
});
