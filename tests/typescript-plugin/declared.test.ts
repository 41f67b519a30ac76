// The plugin declared in a project's tsconfig.json, through a real tsserver of each supported version.
import { allCodes, codePageUrl, CURRENT_CODES, SPEC_FORMS } from '@dapr-codes/catalog';
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPluginBuilt, FIXTURES, PLUGIN_NAME, TYPESCRIPTS } from './harness/paths.js';
import { fixArgs, seen, seenFixes } from './harness/protocol.js';
import { locate, read, textBetween } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

type P = server.protocol.QuickInfoResponseBody;
type CompletionInfo = server.protocol.CompletionInfo;
type Diagnostic = server.protocol.Diagnostic;

const dir = join(FIXTURES, 'declared');
const handlers = join(dir, 'src/handlers.ts');
const completing = join(dir, 'src/completing.ts');
const traps = join(dir, 'src/traps.ts');
const H = read(handlers);
const C = read(completing);
const T = read(traps);

const DAPR_DOCS = '[Dapr docs: error codes reference](https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/)';
/** The hover's links: the entry's page on the reference site, then the Dapr docs or source. */
const links = (name: string, page: string, dapr = DAPR_DOCS) => `[${name} in the dapr-codes reference](${page}) · ${dapr}`;
const HANDLER_DIAGNOSTICS = [
  { code: 93100, category: 'warning', source: 'dapr-codes', covers: "'DAPR_STATE_NOT_FOUD'", text: "'DAPR_STATE_NOT_FOUD' is not a Dapr ErrorInfo reason. Did you mean 'DAPR_STATE_NOT_FOUND'?" },
  { code: 93101, category: 'warning', source: 'dapr-codes', covers: "'ERR_TOPIC_EMPTY'", deprecated: true, text: "'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'." },
  { code: 93100, category: 'warning', source: 'dapr-codes', covers: "'ERR_PUBSUB_NOT_FOUN'", text: "'ERR_PUBSUB_NOT_FOUN' is not a Dapr error code. Did you mean 'ERR_PUBSUB_NOT_FOUND'?" },
];

describe.each(TYPESCRIPTS)('$label, plugin in tsconfig.json', (typescript) => {
  let server: TsServer;

  beforeAll(() => {
    assertPluginBuilt();
    server = TsServer.start({ typescript, cwd: dir });
    for (const file of [handlers, completing, traps]) server.open(file);
  });
  afterAll(() => server?.close());

  const quickinfo = (file: string, loc: { line: number; offset: number }) => server.requestOptional<P>('quickinfo', { file, ...loc });
  const diagnostics = (file: string) => server.request<Diagnostic[]>('semanticDiagnosticsSync', { file });
  const completions = (file: string, loc: { line: number; offset: number }) => server.requestOptional<CompletionInfo>('completionInfo', { file, ...loc });

  it('hovers a code compared with errorCode', async () => {
    const info = await quickinfo(handlers, locate(H, "'ERR_STATE_STORE_NOT_FOUND'", 5));
    expect(info).toEqual({
      kind: 'string',
      kindModifiers: '',
      start: locate(H, "'ERR_STATE_STORE_NOT_FOUND'"),
      end: locate(H, "'ERR_STATE_STORE_NOT_FOUND'", 27),
      displayString: '(Dapr error code) ERR_STATE_STORE_NOT_FOUND',
      documentation: [
        'State store not found',
        '- Category: `state`\n- HTTP status `400` · gRPC `InvalidArgument`\n- ErrorInfo reasons: `DAPR_STATE_NOT_FOUND`\n- Message: `state store %s is not found`\n- Sent since Dapr v0.1.0',
        links('ERR_STATE_STORE_NOT_FOUND', codePageUrl('ERR_STATE_STORE_NOT_FOUND')),
      ].join('\n\n'),
      tags: [],
    });
  });

  it('hovers a code inside JSON in a string', async () => {
    const info = await quickinfo(handlers, locate(H, 'ERR_DIRECT_INVOKE', 4));
    expect(info?.displayString).toBe('(Dapr error code) ERR_DIRECT_INVOKE');
    expect(textBetween(H, info!.start, info!.end)).toBe('ERR_DIRECT_INVOKE');
  });

  it("keeps TypeScript's own hover", async () => {
    const info = await quickinfo(handlers, locate(H, 'describeError', 2));
    expect(info?.displayString).toBe('function describeError(body: DaprErrorBody): string');
    expect(info?.documentation).toBe('');
  });

  it('reports unknown and removed codes after TypeScript’s diagnostics', async () => {
    expect(seen(H, await diagnostics(handlers))).toEqual(HANDLER_DIAGNOSTICS);
  });

  it('fixes each reported code', async () => {
    const found = await diagnostics(handlers);
    const fixes = await Promise.all(found.map((d) => server.request<server.protocol.CodeFixAction[]>('getCodeFixes', fixArgs(handlers, d))));
    expect(fixes.map((f) => seenFixes(H, f))).toEqual([
      [{ description: "Replace with 'DAPR_STATE_NOT_FOUND'", edits: [{ replaces: 'DAPR_STATE_NOT_FOUD', newText: 'DAPR_STATE_NOT_FOUND' }] }],
      [{ description: "Replace with 'ERR_TOPIC_NAME_EMPTY'", edits: [{ replaces: 'ERR_TOPIC_EMPTY', newText: 'ERR_TOPIC_NAME_EMPTY' }] }],
      [{ description: "Replace with 'ERR_PUBSUB_NOT_FOUND'", edits: [{ replaces: 'ERR_PUBSUB_NOT_FOUN', newText: 'ERR_PUBSUB_NOT_FOUND' }] }],
    ]);
    expect(fixes[0]![0]!.fixName).toBe('daprCodesReplace');
  });

  it('lists its codes as fixable, with and without a file', async () => {
    const global = await server.request<string[]>('getSupportedCodeFixes');
    const perFile = await server.request<string[]>('getSupportedCodeFixes', { file: handlers });
    expect([global, perFile].map((codes) => codes.filter((c) => c.startsWith('931')))).toEqual([
      ['93100', '93101'],
      ['93100', '93101'],
    ]);
  });

  it('completes every code in an errorCode property, removed ones struck through', async () => {
    const at = locate(C, "errorCode: ''", 12);
    const info = await completions(completing, at);
    expect(info?.entries.map((e) => e.name)).toEqual(allCodes.map((c) => c.code));
    expect(info?.entries.find((e) => e.name === 'ERR_STATE_STORE_NOT_FOUND')).toEqual({
      name: 'ERR_STATE_STORE_NOT_FOUND',
      kind: 'string',
      kindModifiers: '',
      sortText: '11',
      replacementSpan: { start: at, end: at },
      labelDetails: { description: 'state' },
    });
    expect(info?.entries.find((e) => e.name === 'ERR_TOPIC_EMPTY')).toMatchObject({ kindModifiers: 'deprecated', sortText: '12', labelDetails: { description: 'pubsub · removed' } });
  });

  it('replaces the whole literal when completing in its middle', async () => {
    const info = await completions(completing, locate(C, "'ERR_STATE_STORE'", 7));
    const span = info!.entries[0]!.replacementSpan!;
    expect(textBetween(C, span.start, span.end)).toBe('ERR_STATE_STORE');
  });

  it('labels the completions TypeScript gives for a code type, without duplicates', async () => {
    const info = await completions(completing, locate(C, "'ERR_STATE_GET'", 5));
    const names = info!.entries.map((e) => e.name);
    expect([...names].sort()).toEqual([...CURRENT_CODES].sort());
    expect(info!.entries.find((e) => e.name === 'ERR_STATE_GET')).toMatchObject({ kind: 'string', commitCharacters: [], labelDetails: { description: 'state' } });
  });

  it('completes codes in a plain string that starts with a Dapr-only prefix, and nothing in prose', async () => {
    // A plain string is a code only with a prefix no other tool uses (issue 11): the ERR_ACTOR_ codes, not every ERR_ one.
    const info = await completions(completing, locate(C, "'ERR_ACTOR_'", 5));
    expect(info?.entries.map((e) => e.name)).toEqual(allCodes.map((c) => c.code).filter((c) => c.startsWith('ERR_ACTOR_')));
    expect(await completions(completing, locate(C, "'ERR_ACTOR_ is", 5))).toBeUndefined();
  });

  it('gives completion details', async () => {
    const details = await server.request<server.protocol.CompletionEntryDetails[]>('completionEntryDetails', { file: completing, ...locate(C, "errorCode: ''", 12), entryNames: ['ERR_TOPIC_EMPTY'] });
    expect(details).toEqual([
      {
        name: 'ERR_TOPIC_EMPTY',
        kind: 'string',
        kindModifiers: 'deprecated',
        displayParts: [{ text: '(Dapr error code) ERR_TOPIC_EMPTY', kind: 'text' }],
        documentation: [
          {
            text: [
              'Topic name empty',
              '- Category: `pubsub`\n- HTTP status `404` · gRPC `InvalidArgument`\n- ErrorInfo reasons: `DAPR_PUBSUB_TOPICNAME_EMPTY`\n- Message: `topic is empty in pubsub %s`\n- Sent since Dapr v0.11.0\n- Removed in Dapr v1.14.0 (last sent by v1.13.6); replaced by `ERR_TOPIC_NAME_EMPTY`',
              'Note: v0.11-v1.12 HTTP 404 (and gRPC plain error in v0.11); v1.13.x kit error with reason DAPR_PUBSUB_TOPICNAME_EMPTY',
              links('ERR_TOPIC_EMPTY', codePageUrl('ERR_TOPIC_EMPTY'), '[Dapr runtime source](https://github.com/dapr/dapr/blob/v1.13.6/pkg/api/errors/pubsub.go)'),
            ].join('\n\n'),
            kind: 'text',
          },
        ],
        tags: [],
      },
    ]);
  });

  it('stays silent on strings of other tools and of the app', async () => {
    expect(await diagnostics(traps)).toEqual([]);
    const strings = ["'ERR_BAD_REQUEST'", "'ERR_NETWORK'", "'ERR_INVALID_ARG_TYPE'", "'ERR_PNPM_OUTDATED_LOCKFILE'", "'DAPR_SIDECAR_COULD_NOT_BE_STARTED'", "= 'ERR_STATE_MACHINE'", "= 'ORDER_LOST'", 'ERR_STATE_STORE_NOTFOUND and', "['DAPR_HTTP_PORT']"];
    const hovers = await Promise.all(strings.map((needle) => quickinfo(traps, locate(T, needle, needle.indexOf('_') + 1))));
    expect(hovers).toEqual(strings.map(() => undefined));
  });

  describe('options pushed with configurePlugin', () => {
    const configure = async (configuration: unknown) => {
      const mark = server.events.length;
      await server.request('configurePlugin', { pluginName: PLUGIN_NAME, configuration });
      // The plugin asks the editor to fetch diagnostics again.
      await server.waitForEvent('projectsUpdatedInBackground', mark);
    };
    afterAll(() => configure({}));

    it('check against the chosen Dapr version', async () => {
      await configure({ daprVersion: '1.13' });
      expect(seen(H, await diagnostics(handlers))).toEqual([HANDLER_DIAGNOSTICS[0], HANDLER_DIAGNOSTICS[2]]);
    });

    it('show a misconfiguration on the first line of the file', async () => {
      await configure({ daprVersion: 'next', severity: 'fatal' });
      const firstLine = H.split('\n')[0];
      expect(seen(H, await diagnostics(handlers))).toEqual([
        {
          code: 93112,
          category: 'warning',
          source: 'dapr-codes',
          covers: firstLine,
          text: `@dapr-codes/typescript-plugin: option "daprVersion": "next" is not a Dapr runtime version; ${SPEC_FORMS}. Reading the project's deployment files instead.`,
        },
        { code: 93110, category: 'warning', source: 'dapr-codes', covers: firstLine, text: '@dapr-codes/typescript-plugin: option "severity" must be "warning" or "error", got "fatal". Using the default.' },
        ...HANDLER_DIAGNOSTICS,
      ]);
    });

    it('turn features off', async () => {
      await configure({ diagnostics: false, hover: false, completions: false });
      expect(await diagnostics(handlers)).toEqual([]);
      expect(await quickinfo(handlers, locate(H, "'ERR_STATE_STORE_NOT_FOUND'", 5))).toBeUndefined();
      expect(await completions(completing, locate(C, "errorCode: ''", 12))).toBeUndefined();
    });

    it('change the severity and allow project codes', async () => {
      await configure({ severity: 'error', allowedCodes: ['ERR_PUBSUB_NOT_FOUN'] });
      expect(seen(H, await diagnostics(handlers))).toEqual(HANDLER_DIAGNOSTICS.slice(0, 2).map((d) => ({ ...d, category: 'error' })));
    });
  });
});
