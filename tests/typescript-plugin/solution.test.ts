// A monorepo layout: the opened file's nearest tsconfig.json is a solution (`files: []` plus
// `references`); the project that holds the file extends a base config that declares the plugin.
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPluginBuilt, FIXTURES, TYPESCRIPTS } from './harness/paths.js';
import { fixArgs, seen, seenFixes } from './harness/protocol.js';
import { locate, read } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

const dir = join(FIXTURES, 'solution');
const file = join(dir, 'src/orders.ts');
const text = read(file);

describe.each(TYPESCRIPTS)('$label, solution-style tsconfig.json', (typescript) => {
  let server: TsServer;

  beforeAll(() => {
    assertPluginBuilt();
    server = TsServer.start({ typescript, cwd: dir });
    server.open(file);
  });
  afterAll(() => server?.close());

  it('opens the file in the referenced project', async () => {
    const info = await server.request<server.protocol.ProjectInfo>('projectInfo', { file, needFileNameList: false });
    expect(info.configFileName).toBe(join(dir, 'tsconfig.app.json'));
  });

  it('uses the daprVersion of the extended base config', async () => {
    const diagnostics = await server.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file });
    expect(seen(text, diagnostics)).toEqual([
      {
        code: 93101,
        category: 'warning',
        source: 'dapr-codes',
        covers: "'ERR_TOPIC_NAME_EMPTY'",
        text: "'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'.",
      },
    ]);
    const fixes = await server.request<server.protocol.CodeFixAction[]>('getCodeFixes', fixArgs(file, diagnostics[0]!));
    expect(seenFixes(text, fixes)).toEqual([{ description: "Replace with 'ERR_TOPIC_EMPTY'", edits: [{ replaces: 'ERR_TOPIC_NAME_EMPTY', newText: 'ERR_TOPIC_EMPTY' }] }]);
  });

  it('warns in the hover too', async () => {
    const info = await server.request<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_TOPIC_NAME_EMPTY'", 4) });
    expect(info.documentation).toContain("**Warning:** 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'.");
  });
});
