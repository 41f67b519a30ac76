// When diagnostics are published: once per analysed version (a file's first ones too), and for the
// text the client sent (a URI closed and opened again with the same version number is a new text).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, LspClient } from './harness/client.js';

const root = mkdtempSync(join(tmpdir(), 'dapr-ls-publish-'));
const file = join(root, 'handler.ts');
const typo = (code: string) => `export const gone = (e: { errorCode: string }) => e.errorCode === '${code}';\n`;
/** Well past the debounce (150 ms) and an analysis: a second publication would have come. */
const SETTLED_MS = 1_000;

beforeAll(assertServerBuilt);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('publishing diagnostics', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = LspClient.start(root);
    await client.initialize(root);
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('publishes a file’s first diagnostics once, and an edit’s once', async () => {
    const uri = await client.open(file, typo('ERR_STATE_GETT'));
    await client.diagnosticsFor(uri, 1);
    await sleep(SETTLED_MS);
    expect(client.diagnostics.filter((d) => d.uri === uri).map((d) => d.version)).toEqual([1]);
    await client.change(uri, 2, [{ text: typo('ERR_STATE_GETTT') }]);
    await client.diagnosticsFor(uri, 2);
    await sleep(SETTLED_MS);
    expect(client.diagnostics.filter((d) => d.uri === uri).map((d) => d.version)).toEqual([1, 2]);
  });

  it('serves the new text’s diagnostics when a URI is closed and opened again with the same version', async () => {
    const reopened = join(root, 'reopened.ts');
    for (const [i, code] of ['ERR_STATE_GETT', 'ERR_TOPIC_EMPTI', 'ERR_PUBSUB_NOT_FOUNDD'].entries()) {
      const seen = client.diagnostics.length;
      const uri = await client.open(reopened, typo(code));
      const { diagnostics } = await client.waitFor(() => client.diagnostics.slice(seen).find((d) => d.uri === uri && d.version === 1), `diagnostics of text ${i}`);
      expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining(`'${code}' is not a Dapr error code`)]);
      const hover = await client.hover(uri, 0, typo(code).indexOf(code) + 2);
      expect(hover).toBeNull();
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});

describe('a URI closed and opened again while the server starts (its first document)', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = LspClient.start(root);
    await client.initialize(root);
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('gets the diagnostics of the text opened last, not of the closed one with the same version', async () => {
    const quick = join(root, 'quick.ts');
    // Sent before the analysis features have loaded: both opens wait for them.
    const uri = await client.open(quick, typo('ERR_STATE_GETT'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.open(quick, typo('ERR_TOPIC_EMPTI'));
    await client.diagnosticsFor(uri, 1);
    await sleep(SETTLED_MS);
    const ofVersion1 = client.diagnostics.filter((d) => d.uri === uri && d.version === 1);
    expect(ofVersion1.map((d) => d.diagnostics.map((x) => x.message))).toEqual([[expect.stringContaining("'ERR_TOPIC_EMPTI' is not a Dapr error code")]]);
  });
});
