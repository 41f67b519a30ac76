// The tsserver plugin as VS Code loads it from the installed extension: a global plugin found in the
// unpacked .vsix's node_modules (VS Code passes the extension folder as a plugin probe location), in a
// project whose tsconfig.json names no plugin; then told to stand down as the extension does while the
// language server runs.
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locate, read } from '../../../tests/typescript-plugin/harness/text.js';
import { TYPESCRIPTS } from '../../../tests/typescript-plugin/harness/paths.js';
import { TsServer } from '../../../tests/typescript-plugin/harness/tsserver.js';
import { PLUGIN_NAME } from '../src/names.js';
import { optionsFrom, type OptionKey } from '../src/options.js';
import { chooseRoute, pluginConfiguration } from '../src/route.js';
import { packVsix, type Vsix } from './harness/vsix.js';

const dir = join(__dirname, 'fixtures/project');
const file = join(dir, 'src/sidecar.ts');
const text = read(file);

const pluginRoute = chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false });
const serverRoute = chooseRoute({ mode: 'on', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false });

let vsix: Vsix;
beforeAll(() => {
  vsix = packVsix();
});
afterAll(() => vsix?.remove());

/** The settings' defaults from the packaged manifest, as the extension would push them were they all set. */
function manifestDefaults(): Record<string, unknown> {
  const { properties } = vsix.manifest.contributes.configuration as { properties: Record<string, { default: unknown }> };
  return optionsFrom((key: OptionKey) => properties[`daprCodes.${key}`]?.default);
}

describe.each(TYPESCRIPTS)('$label loads the plugin from the unpacked .vsix', (typescript) => {
  let tsserver: TsServer;

  beforeAll(() => {
    tsserver = TsServer.start({ typescript, cwd: dir, globalPlugins: [PLUGIN_NAME], pluginProbeLocations: [vsix.extensionDir] });
    tsserver.open(file);
  });
  afterAll(() => tsserver?.close());

  const diagnostics = () => tsserver.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file });
  const hover = () => tsserver.requestOptional<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_PUBSUB_NOT_FOUND'", 4) });

  it('serves diagnostics and hover from the extension folder', async () => {
    const found = await diagnostics();
    expect(found.map((d) => d.code)).toEqual([93100]);
    expect(found[0]?.text).toMatch(/^'ERR_STATE_STORE_NOT_FOUNDD' is not a Dapr error code\. Did you mean 'ERR_STATE_STORE_NOT_FOUND'/);
    expect((await hover())?.displayString).toBe('(Dapr error code) ERR_PUBSUB_NOT_FOUND');
    expect(tsserver.log()).toContain(`Loading ${PLUGIN_NAME} from ${vsix.extensionDir}`);
  });

  it('accepts every setting the manifest contributes, under its name', async () => {
    await tsserver.request('configurePlugin', { pluginName: PLUGIN_NAME, configuration: pluginConfiguration(pluginRoute, { ...manifestDefaults(), daprVersion: '1.16' }) });
    expect((await diagnostics()).map((d) => d.code)).toEqual([93100]);
    const problems = tsserver.log().split('\n').filter((line) => /\[dapr-codes\] TS931/.test(line));
    expect(problems).toEqual([]);
  });

  it('stands down while the language server runs, and serves again after', async () => {
    await tsserver.request('configurePlugin', { pluginName: PLUGIN_NAME, configuration: pluginConfiguration(serverRoute, manifestDefaults()) });
    expect(await diagnostics()).toEqual([]);
    expect((await hover())?.displayString ?? '').not.toContain('Dapr');

    await tsserver.request('configurePlugin', { pluginName: PLUGIN_NAME, configuration: pluginConfiguration(pluginRoute, manifestDefaults()) });
    expect((await diagnostics()).map((d) => d.code)).toEqual([93100]);
    expect((await hover())?.displayString).toBe('(Dapr error code) ERR_PUBSUB_NOT_FOUND');
  });
});
