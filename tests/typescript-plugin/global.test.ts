// The plugin loaded for every project with --globalPlugins/--pluginProbeLocations (how
// typescript-language-server and editor extensions load it), into a project whose tsconfig.json
// names no plugin.
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPluginBuilt, FIXTURES, PLUGIN_NAME, REPO_ROOT, TYPESCRIPTS } from './harness/paths.js';
import { fixArgs, seen, seenFixes } from './harness/protocol.js';
import { locate, read } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

const dir = join(FIXTURES, 'global');
const file = join(dir, 'src/retry.ts');
const text = read(file);

describe.each(TYPESCRIPTS)('$label, plugin from --globalPlugins', (typescript) => {
  let server: TsServer;

  beforeAll(() => {
    assertPluginBuilt();
    server = TsServer.start({ typescript, cwd: dir, globalPlugins: [PLUGIN_NAME], pluginProbeLocations: [REPO_ROOT] });
    server.open(file);
  });
  afterAll(() => server?.close());

  it('reports and fixes an unknown code', async () => {
    const diagnostics = await server.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file });
    expect(seen(text, diagnostics)).toEqual([
      { code: 93100, category: 'warning', source: 'dapr-codes', covers: "'ERR_ACTOR_INSTANCE_MISING'", text: "'ERR_ACTOR_INSTANCE_MISING' is not a Dapr error code. Did you mean 'ERR_ACTOR_INSTANCE_MISSING'?" },
    ]);
    const fixes = await server.request<server.protocol.CodeFixAction[]>('getCodeFixes', fixArgs(file, diagnostics[0]!));
    expect(seenFixes(text, fixes)).toEqual([{ description: "Replace with 'ERR_ACTOR_INSTANCE_MISSING'", edits: [{ replaces: 'ERR_ACTOR_INSTANCE_MISING', newText: 'ERR_ACTOR_INSTANCE_MISSING' }] }]);
  });

  it('hovers a code', async () => {
    const info = await server.request<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_PUBSUB_NOT_FOUND'", 4) });
    expect(info.displayString).toBe('(Dapr error code) ERR_PUBSUB_NOT_FOUND');
  });

  it('logs how it was loaded, with no complaint about the entry tsserver made for it', () => {
    const lines = server.log().split('\n').filter((l) => l.includes('[dapr-codes]'));
    expect(lines.map((l) => l.replace(/^.*\[dapr-codes\] /, ''))).toEqual([
      `enabled for ${join(dir, 'tsconfig.json')} (TypeScript ${typescript.version}): {"daprVersion":"auto","diagnostics":true,"hover":true,"completions":true,"severity":"warning","removedCodeCompletions":"deprecated","allowedCodes":[],"appCodes":"ignore-distant","daprClient":"auto","maxFileSize":1000000}`,
    ]);
  });
});
