// The plugin through typescript-language-server, configured as Neovim, Helix and Zed users do:
// `initializationOptions.plugins` with name and location, a tsserver from a given TypeScript.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './harness/lsp.js';
import { assertPluginBuilt, FIXTURES, PLUGIN_NAME, REPO_ROOT, TYPESCRIPTS } from './harness/paths.js';
import { lspPosition, read } from './harness/text.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: number;
  source: string;
  message: string;
}

const dir = join(FIXTURES, 'global');
const file = join(dir, 'src/retry.ts');
const uri = pathToFileURL(file).href;
const text = read(file);

const rangeOf = (needle: string): Range => ({ start: lspPosition(text, needle), end: lspPosition(text, needle, needle.length) });

describe.each(TYPESCRIPTS)('$label, through typescript-language-server', (typescript) => {
  let client: LspClient;
  let diagnostic: Diagnostic;

  beforeAll(async () => {
    assertPluginBuilt();
    client = LspClient.start(dir);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { labelDetailsSupport: true, snippetSupport: false } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          publishDiagnostics: {},
        },
      },
      initializationOptions: {
        plugins: [{ name: PLUGIN_NAME, location: REPO_ROOT }],
        tsserver: { path: typescript.libDir },
        preferences: { useLabelDetailsInCompletionEntries: true },
      },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
  });
  afterAll(() => client?.close());

  it('publishes the diagnostic', async () => {
    const published = await client.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    expect(published.diagnostics).toEqual([
      {
        range: rangeOf("'ERR_ACTOR_INSTANCE_MISING'"),
        severity: 2,
        code: 93100,
        source: 'dapr-codes',
        message: "'ERR_ACTOR_INSTANCE_MISING' is not a Dapr error code. Did you mean 'ERR_ACTOR_INSTANCE_MISSING'?",
      },
    ]);
    diagnostic = published.diagnostics[0]!;
  });

  it('offers the quick fix for it', async () => {
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
    expect(actions).toEqual([
      expect.objectContaining({
        title: "Replace with 'ERR_ACTOR_INSTANCE_MISSING'",
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: rangeOf('ERR_ACTOR_INSTANCE_MISING'), newText: 'ERR_ACTOR_INSTANCE_MISSING' }] }] },
      }),
    ]);
  });

  it('hovers a code', async () => {
    const hover = await client.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position: lspPosition(text, "'ERR_PUBSUB_NOT_FOUND'", 4) });
    expect(hover.range).toEqual(rangeOf("'ERR_PUBSUB_NOT_FOUND'"));
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value.split('\n').slice(0, 5)).toEqual(['', '```typescript', '(Dapr error code) ERR_PUBSUB_NOT_FOUND', '```', 'Pubsub not found']);
  });

  it('completes codes with their category, replacing the whole literal', async () => {
    const list = await client.request<{ items: { label: string; labelDetails?: unknown; textEdit?: { range: Range; newText: string } }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: lspPosition(text, "'ERR_ACTOR_INSTANCE_MISING'", 8),
    });
    const item = list.items.find((i) => i.label === 'ERR_ACTOR_INSTANCE_MISSING');
    expect(item).toMatchObject({ labelDetails: { description: 'actor' }, textEdit: { range: rangeOf('ERR_ACTOR_INSTANCE_MISING'), newText: 'ERR_ACTOR_INSTANCE_MISSING' } });
  });

  it('takes options pushed with _typescript.configurePlugin and publishes new diagnostics', async () => {
    const before = client.notifications.length;
    await client.request('workspace/executeCommand', { command: '_typescript.configurePlugin', arguments: [PLUGIN_NAME, { allowedCodes: ['ERR_ACTOR_INSTANCE_MISING'] }] });
    const republished = await client.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri, before);
    expect(republished.diagnostics).toEqual([]);
  });
});
