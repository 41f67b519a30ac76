// End to end: the built `dapr-codes-language-server --stdio` driven by a real LSP client on fixture
// workspaces (TypeScript 7 installed, no TypeScript at all, plain JavaScript).
import { candidatesFor, classifyString, hoverDocument, isKnownUse, META, toDaprTarget } from '@dapr-codes/catalog';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, FIXTURES, LspClient, locate, uriOf } from './harness/client.js';

const v = (text: string) => toDaprTarget(text);
const known = (value: string) => {
  const use = classifyString(value, { strength: 'strong', namespace: 'code' });
  if (!use || !isKnownUse(use)) throw new Error(value);
  return use;
};

beforeAll(assertServerBuilt);

describe('a TypeScript 7 project (plugin entry in tsconfig.json, typescript 7.0.2 installed)', () => {
  const root = join(FIXTURES, 'ts7-project');
  const file = join(root, 'src/handler.ts');
  const text = readFileSync(file, 'utf8');
  const loadsFile = join(mkdtempSync(join(tmpdir(), 'dapr-ls-')), 'loads.json');
  let client: LspClient;
  let uri: string;

  beforeAll(async () => {
    // TypeScript 7 really is what this project installs.
    expect(JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version).toMatch(/^7\./);
    client = LspClient.start(root, { loadsFile });
    const init = await client.initialize(root);
    expect(init.capabilities).toMatchObject({ textDocumentSync: { openClose: true, change: 2 }, hoverProvider: true, completionProvider: { resolveProvider: true } });
    await client.initialized();
    uri = await client.open(file);
  });
  afterAll(() => client.process.kill());

  it('publishes the rules’ findings with the tsconfig entry’s options (allowedCodes, daprVersion)', async () => {
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    expect(diagnostics).toEqual([
      {
        range: { start: locate(text, "'ERR_STATE_STORE_NOTFOUND'"), end: locate(text, "'ERR_STATE_STORE_NOTFOUND'", 26) },
        severity: 2,
        code: 93100,
        source: 'dapr-codes',
        message: "'ERR_STATE_STORE_NOTFOUND' is not a Dapr error code. Did you mean 'ERR_STATE_STORE_NOT_FOUND'?",
      },
    ]);
  });

  it('hovers with the catalog’s hover text', async () => {
    const at = locate(text, "'ERR_PUBSUB_NOT_FOUND'", 5);
    const hover = await client.hover(uri, at.line, at.character);
    expect(hover).toEqual({
      contents: { kind: 'markdown', value: hoverDocument(known('ERR_PUBSUB_NOT_FOUND'), v('1.15')) },
      range: { start: locate(text, "'ERR_PUBSUB_NOT_FOUND'"), end: locate(text, "'ERR_PUBSUB_NOT_FOUND'", 22) },
    });
    const none = locate(text, 'return', 2);
    expect(await client.hover(uri, none.line, none.character)).toBeNull();
  });

  it('completes every code, in catalog order, replacing the whole string content', async () => {
    const at = locate(text, "'ERR_STATE_STORE_NOTFOUND'", 4);
    const list = await client.completion(uri, at.line, at.character);
    const expected = [...candidatesFor({ namespace: 'code', prefixes: [''] }, v('1.15')).values()];
    expect(list?.items.map((i) => i.label)).toEqual(expected.map((c) => c.use.value));
    const flagged = expected.find((c) => c.problem?.kind === 'removed')!;
    const removed = list!.items.find((i) => i.label === flagged.use.value)!;
    expect(removed).toMatchObject({ tags: [1], sortText: '12', labelDetails: { description: `${flagged.use.entry.category} · removed` } });
    expect(list!.items.find((i) => i.label === 'ERR_STATE_GET')).toMatchObject({ labelDetails: { description: 'state' }, sortText: '11' });
    expect(list!.items[0]!.textEdit).toEqual({
      range: { start: locate(text, "'ERR_STATE_STORE_NOTFOUND'", 1), end: locate(text, "'ERR_STATE_STORE_NOTFOUND'", 25) },
      newText: list!.items[0]!.label,
    });
    const resolved = await client.connection.sendRequest('completionItem/resolve', removed);
    expect(resolved).toMatchObject({ detail: `(Dapr error code) ${flagged.use.value}`, documentation: { kind: 'markdown', value: hoverDocument(flagged.use, v('1.15')) } });
  });

  it('offers the rule’s fix; applied incrementally, the diagnostic goes', async () => {
    const at = locate(text, "'ERR_STATE_STORE_NOTFOUND'", 3);
    const actions = await client.codeActions(uri, at.line, at.character);
    expect(actions.map((a) => a.title)).toEqual(["Replace with 'ERR_STATE_STORE_NOT_FOUND'"]);
    const edit = actions[0]!.edit!.changes![uri]![0]!;
    expect(edit.newText).toBe("'ERR_STATE_STORE_NOT_FOUND'");
    await client.change(uri, 2, [{ range: edit.range, text: edit.newText }]);
    expect((await client.diagnosticsFor(uri, 2)).diagnostics).toEqual([]);
  });

  it('publishes nothing stale on a syntax error, and recovers', async () => {
    const end = locate(text, '}\n', 1);
    const broken = { range: { start: { line: end.line + 1, character: 0 }, end: { line: end.line + 1, character: 0 } }, text: "if (x.errorCode === 'ERR_TOPIC_EMPTI' " };
    await client.change(uri, 3, [broken]);
    expect((await client.diagnosticsFor(uri, 3)).diagnostics).toEqual([]);
    const fixed = { range: { start: { line: end.line + 1, character: broken.text.length }, end: { line: end.line + 1, character: broken.text.length } }, text: ') {}' };
    await client.change(uri, 4, [fixed]);
    expect((await client.diagnosticsFor(uri, 4)).diagnostics.map((d) => d.message)).toEqual(["'ERR_TOPIC_EMPTI' is not a Dapr error code. Did you mean 'ERR_TOPIC_NAME_EMPTY'?"]);
  });

  it('supersedes runs: only the newest of rapid versions is published', async () => {
    const line = text.split('\n').length + 1;
    for (let version = 5; version <= 8; version++) {
      await client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
    }
    await client.diagnosticsFor(uri, 8);
    expect(client.diagnostics.filter((d) => d.uri === uri && d.version! >= 5 && d.version! < 8)).toEqual([]);
  });

  it('shuts down cleanly, and never loaded the project’s typescript', async () => {
    expect(await client.stop()).toBe(0);
    const loads = JSON.parse(readFileSync(loadsFile, 'utf8')) as { requested: string[]; cached: string[] };
    expect(loads.requested.filter((r) => r === 'typescript' || r.startsWith('typescript/'))).toEqual([]);
    expect(loads.cached.filter((f) => f.includes('/node_modules/typescript/'))).toEqual([]);
    // The recorder did see the server's own CommonJS dependencies.
    expect(loads.requested).toContain('vscode-languageserver-protocol/node');
  });
});

describe('a project without TypeScript', () => {
  const root = join(FIXTURES, 'no-typescript');
  const file = join(root, 'src/retry.ts');
  const text = readFileSync(file, 'utf8');
  let client: LspClient;
  let uri: string;

  beforeAll(async () => {
    // The editor's settings (workspace/configuration section daprCodes) apply without any config file.
    client = LspClient.start(root, { section: { severity: 'error' } });
    await client.initialize(root);
    await client.initialized();
    uri = await client.open(file);
  });
  afterAll(() => client.process.kill());

  it('reports unknown and removed codes with the editor’s severity; removed ones tagged Deprecated', async () => {
    const { diagnostics } = await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.length > 0 && d.diagnostics.every((x) => x.severity === 1)), 'error diagnostics');
    expect(diagnostics.map((d) => [d.range.start.line, d.code, d.severity, d.tags ?? [], d.message])).toEqual([
      [0, 93100, 1, [], "'ERR_ACTOR_REMINDR_GET' is not a Dapr error code. Did you mean 'ERR_ACTOR_REMINDER_GET'?"],
      [0, 93101, 1, [], `'ERR_ACTOR_TIMER_GET' is listed in the Dapr docs, but no runtime up to ${META.latestRelease} or master sends it.`],
      [3, 93101, 1, [2], "'SCHEDULER_JOB_NAME' was sent only by Dapr v1.14.0–v1.14.5; since v1.15.0 the runtime sends 'DAPR_SCHEDULER_JOB_NAME'."],
    ]);
  });

  it('counts lines as LSP clients do: U+2028 and U+2029 end no line (ESLint counts them, LSP does not)', async () => {
    const odd = join(root, 'src/separators.ts');
    const line0 = "/* \u2028 \u2029 */ export const gone = (e: { errorCode: string }) => e.errorCode === 'ERR_STATE_GETT' || e.errorCode === 'ERR_STATE_GET';";
    const oddUri = await client.open(odd, `${line0}\r\nexport const x = 1;\n`);
    const { diagnostics } = await client.diagnosticsFor(oddUri, 1);
    const character = line0.indexOf("'ERR_STATE_GETT'");
    expect(diagnostics.map((d) => d.range)).toEqual([{ start: { line: 0, character }, end: { line: 0, character: character + "'ERR_STATE_GETT'".length } }]);
    const known = line0.indexOf("'ERR_STATE_GET'");
    expect((await client.hover(oddUri, 0, known + 3))?.range).toEqual({ start: { line: 0, character: known }, end: { line: 0, character: known + "'ERR_STATE_GET'".length } });
    const [fix] = await client.codeActions(oddUri, 0, character + 3);
    expect(fix?.edit?.changes?.[oddUri]).toEqual([{ range: diagnostics[0]!.range, newText: "'ERR_STATE_GET'" }]);
  });

  it("offers no Dapr codes in axios's err.code (issue 11)", async () => {
    const at = locate(text, "'ERR_BAD_REQUEST'", 8);
    expect(await client.completion(uri, at.line, at.character)).toBeNull();
  });

  it("leaves the app's own code alone by default, and reports it with appCodes: 'report'", async () => {
    const line = text.split('\n').findIndex((l) => l.includes('ERR_ORDER_REJECTED'));
    expect(client.lastDiagnostics((d) => d.uri === uri)!.diagnostics.some((d) => d.range.start.line === line)).toBe(false);
    client.section = { severity: 'error', appCodes: 'report' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.some((x) => x.range.start.line === line)), 'the app code reported');
    expect(diagnostics.find((d) => d.range.start.line === line)).toMatchObject({ code: 93100, message: "'ERR_ORDER_REJECTED' is not a Dapr error code." });
  });

  it('re-reads the settings on didChangeConfiguration (registered, as the client registers it dynamically)', async () => {
    expect([...client.registered].sort()).toEqual(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    client.section = { diagnostics: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => (client.diagnostics.at(-1)?.diagnostics.length === 0 ? true : undefined), 'cleared diagnostics');
    expect(await client.stop()).toBe(0);
  });
});

describe('a client that registers nothing dynamically (Eglot 1.9 declares only workspace/configuration)', () => {
  const root = join(FIXTURES, 'no-typescript');
  const file = join(root, 'src/retry.ts');
  let client: LspClient;

  beforeAll(async () => {
    client = LspClient.start(root, { section: { severity: 'error' } });
    await client.initialize(root, undefined, { configuration: true });
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('is asked to register nothing, still pulls the settings, and re-pulls them on didChangeConfiguration', async () => {
    const uri = await client.open(file);
    await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.length > 0 && d.diagnostics.every((x) => x.severity === 1)), 'error diagnostics');
    client.section = { severity: 'warning' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.length > 0 && d.diagnostics.every((x) => x.severity === 2)), 'warning diagnostics');
    expect(client.registered).toEqual([]);
  });
});

describe('a plain JavaScript project (jsconfig.json)', () => {
  const root = join(FIXTURES, 'plain-js');
  const file = join(root, 'src/state.js');
  const text = readFileSync(file, 'utf8');
  let client: LspClient;

  beforeAll(async () => {
    client = LspClient.start(root);
    await client.initialize(root);
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('reports a non-exhaustive switch (93102, severity from jsconfig.json) and adds the missing cases', async () => {
    const uri = await client.open(file);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 93102, severity: 1, source: 'dapr-codes', range: { start: locate(text, 'body.errorCode'), end: locate(text, 'body.errorCode', 14) } });
    expect(diagnostics[0]!.message).toMatch(/^Switch over a Dapr error code misses \d+ of the state codes: /);
    const at = locate(text, 'body.errorCode', 2);
    const actions = await client.codeActions(uri, at.line, at.character);
    expect(actions.map((a) => a.title)).toEqual([expect.stringMatching(/^Add the \d+ missing cases$/), 'Add a default case']);
    const edit = actions[0]!.edit!.changes![uri]![0]!;
    await client.change(uri, 2, [{ range: edit.range, text: edit.newText }]);
    expect((await client.diagnosticsFor(uri, 2)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});

describe('a bad option', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-ls-config-'));
  let client: LspClient;
  afterAll(() => {
    client.process.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is shown once (window/showMessage) and as a diagnostic on the tsconfig entry; the server goes on', async () => {
    cpSync(join(FIXTURES, 'no-typescript/src'), join(dir, 'src'), { recursive: true });
    const tsconfig = '{\n  "compilerOptions": {\n    "plugins": [{ "name": "@dapr-codes/typescript-plugin", "severty": "error" }]\n  }\n}\n';
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
    client = LspClient.start(dir);
    await client.initialize(dir);
    await client.initialized();
    const uri = await client.open(join(dir, 'src/retry.ts'));
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(3);
    const message = '@dapr-codes/language-server: unknown option "severty". Did you mean "severity"? Known options: daprVersion, diagnostics, hover, completions, severity, removedCodeCompletions, allowedCodes, appCodes, daprClient, maxFileSize.';
    const onConfig = await client.diagnosticsFor(uriOf(join(dir, 'tsconfig.json')));
    expect(onConfig.diagnostics).toEqual([
      { range: { start: locate(tsconfig, '{ "name"'), end: locate(tsconfig, '"error" }', 9) }, severity: 2, code: 93111, source: 'dapr-codes', message },
    ]);
    expect(client.messages).toEqual([{ type: 2, message }]);
    expect(await client.stop()).toBe(0);
  });
});
