// VS Code's syntax server: a second tsserver (`--serverMode partialSemantic`) that answers hovers and
// completions while the full one loads the project, and that never receives `configurePlugin`. The plugin
// loaded there as a global plugin serves nothing until options are pushed to it, so a window where the
// language server serves shows each answer once.
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPluginBuilt, FIXTURES, PLUGIN_NAME, REPO_ROOT, TYPESCRIPTS } from './harness/paths.js';
import { locate, read } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

const dir = join(FIXTURES, 'global');
const file = join(dir, 'src/retry.ts');
const text = read(file);

describe.each(TYPESCRIPTS)('$label, plugin in a partialSemantic server', (typescript) => {
  let tsserver: TsServer;

  beforeAll(() => {
    assertPluginBuilt();
    tsserver = TsServer.start({ typescript, cwd: dir, globalPlugins: [PLUGIN_NAME], pluginProbeLocations: [REPO_ROOT], serverMode: 'partialSemantic' });
    tsserver.open(file);
  });
  afterAll(() => tsserver?.close());

  const hover = () => tsserver.requestOptional<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_PUBSUB_NOT_FOUND'", 4) });
  // Inside the quotes of `'ERR_PUBSUB_NOT_FOUND'`, where every error code is offered.
  const completions = async () => {
    const body = await tsserver.requestOptional<server.protocol.CompletionInfo>('completionInfo', { file, ...locate(text, "'ERR_PUBSUB_NOT_FOUND'", 1), triggerCharacter: "'" });
    return (body?.entries ?? []).filter((e) => /^(ERR|DAPR)_/.test(e.name));
  };

  it('answers hovers and completions without Dapr codes, and says why in its log', async () => {
    const info = await hover();
    expect(info?.displayString ?? '').not.toContain('Dapr');
    expect(await completions()).toEqual([]);
    const lines = tsserver.log().split('\n').filter((l) => l.includes('[dapr-codes]')).map((l) => l.replace(/^.*\[dapr-codes\] /, ''));
    expect(lines).toContain('PartialSemantic server: no hover, completions or diagnostics until options are pushed (configurePlugin); the full server answers once the project is loaded.');
  });

  it('serves once options are pushed to it', async () => {
    await tsserver.request('configurePlugin', { pluginName: PLUGIN_NAME, configuration: {} });
    expect((await hover())?.displayString).toBe('(Dapr error code) ERR_PUBSUB_NOT_FOUND');
    expect((await completions()).map((e) => e.name)).toContain('ERR_PUBSUB_NOT_FOUND');
  });
});
