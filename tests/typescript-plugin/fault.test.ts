// A plugin feature that throws must leave TypeScript's own answers intact. The same project is served
// twice: with the real plugin (control) and with a wrapper that makes every plugin feature throw.
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_PLUGIN_NAME, writeFaultPlugin } from './harness/fault-plugin.js';
import { assertPluginBuilt, FIXTURES, PLUGIN_NAME, REPO_ROOT, TYPESCRIPTS } from './harness/paths.js';
import { fixArgs, seenFixes } from './harness/protocol.js';
import { locate, read } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

const dir = join(FIXTURES, 'fault');
const file = join(dir, 'src/broken.ts');
const text = read(file);

describe.each(TYPESCRIPTS)('$label, a throwing plugin feature', (typescript) => {
  let faulty: TsServer;
  let healthy: TsServer;
  let plugin: ReturnType<typeof writeFaultPlugin>;

  beforeAll(() => {
    assertPluginBuilt();
    plugin = writeFaultPlugin();
    faulty = TsServer.start({ typescript, cwd: dir, globalPlugins: [FAULT_PLUGIN_NAME], pluginProbeLocations: [plugin.probeLocation] });
    healthy = TsServer.start({ typescript, cwd: dir, globalPlugins: [PLUGIN_NAME], pluginProbeLocations: [REPO_ROOT] });
    faulty.open(file);
    healthy.open(file);
  });
  afterAll(async () => {
    await Promise.all([faulty?.close(), healthy?.close()]);
    plugin?.dispose();
  });

  const ask = (server: TsServer) => ({
    diagnostics: () => server.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file }).then((ds) => ds.map((d) => [d.code, d.text])),
    quickinfo: (needle: string, delta: number) => server.requestOptional<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, needle, delta) }).then((q) => q?.displayString),
    completions: (needle: string, delta: number) => server.requestOptional<server.protocol.CompletionInfo>('completionInfo', { file, ...locate(text, needle, delta) }).then((c) => c?.entries.map((e) => e.name)),
  });

  const TS_ERROR = [2552, "Cannot find name 'Promis'. Did you mean 'Promise'?"];

  it('control: the real plugin adds its diagnostic and completions', async () => {
    expect(await ask(healthy).diagnostics()).toEqual([TS_ERROR, [93100, "'ERR_STATE_STORE_NOT_FOUN' is not a Dapr error code. Did you mean 'ERR_STATE_STORE_NOT_FOUND'?"]]);
    expect(await ask(healthy).completions("'ERR_STATE_STORE_NOT_FOUN'", 4)).toContain('ERR_STATE_STORE_NOT_FOUND');
  });

  it("keeps TypeScript's diagnostics and drops only the plugin's", async () => {
    expect(await ask(faulty).diagnostics()).toEqual([TS_ERROR]);
  });

  it("keeps TypeScript's hover, and has none where only the plugin had one", async () => {
    expect(await ask(faulty).quickinfo('err.errorCode', 1)).toBe('(parameter) err: SidecarError');
    expect(await ask(faulty).quickinfo("'ERR_STATE_STORE_NOT_FOUN'", 4)).toBeUndefined();
  });

  it("keeps TypeScript's completions, and has none where only the plugin had some", async () => {
    expect(await ask(faulty).completions('err.errorCode', 4)).toEqual(['errorCode']);
    expect(await ask(faulty).completions("'ERR_STATE_STORE_NOT_FOUN'", 4)).toBeUndefined();
  });

  it("keeps TypeScript's quick fixes", async () => {
    const [diagnostic] = await faulty.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file });
    const fixes = await faulty.request<server.protocol.CodeFixAction[]>('getCodeFixes', fixArgs(file, diagnostic!));
    expect(seenFixes(text, fixes)).toEqual([{ description: "Change spelling to 'Promise'", edits: [{ replaces: 'Promis', newText: 'Promise' }] }]);
    const code = { start: locate(text, "'ERR_STATE_STORE_NOT_FOUN'"), end: locate(text, "'ERR_STATE_STORE_NOT_FOUN'", 26) };
    const daprFixes = await faulty.request<server.protocol.CodeFixAction[]>('getCodeFixes', fixArgs(file, { ...code, text: '', code: 93100, category: 'warning' }));
    expect(daprFixes).toEqual([]);
  });

  it('logs each failure with its feature', () => {
    const failures = faulty
      .log()
      .split('\n')
      .filter((l) => l.includes('[dapr-codes]') && l.includes('failed'))
      .map((l) => l.replace(/^.*\[dapr-codes\] /, ''));
    expect(new Set(failures)).toEqual(
      new Set(['diagnostics', 'hover', 'completions', 'code fixes'].map((feature) => `${feature} failed, returning TypeScript's own answer: Error: injected fault`)),
    );
  });
});
