// The packaged extension bundle, activated in a fake VS Code host (harness/fake-vscode.ts): it chooses the
// way from the settings, tells the tsserver plugin what to serve, and follows setting changes.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUGIN_NAME } from '../src/names.js';
import { installFakeVscode, type Host } from './harness/fake-vscode.js';
import { PACKAGE_DIR, packVsix, type Vsix } from './harness/vsix.js';

interface ExtensionModule {
  activate(context: { extensionPath: string; subscriptions: { dispose(): unknown }[] }): Promise<void>;
  deactivate(): Promise<void>;
}

const STAND_DOWN = { hover: false, completions: false, diagnostics: false };

let vsix: Vsix;
let host: Host;
let uninstall: () => void;
let extension: ExtensionModule;
const subscriptions: { dispose(): unknown }[] = [];

beforeAll(() => {
  vsix = packVsix();
  // The stand-in cannot run vscode-languageclient (test/vsix-server.test.ts runs the server itself), so
  // this copy of the extension has its server taken out: a build without one must say so.
  rmSync(join(vsix.extensionDir, 'node_modules/@dapr-codes/language-server'), { recursive: true });
  ({ host, uninstall } = installFakeVscode(join(PACKAGE_DIR, 'node_modules/@types/vscode/index.d.ts')));
  extension = createRequire(__filename)(join(vsix.extensionDir, 'dist/extension.js')) as ExtensionModule;
});
afterAll(async () => {
  await extension?.deactivate();
  for (const s of subscriptions) s.dispose();
  uninstall?.();
  vsix?.remove();
});

/** Lets the extension's queued work (it applies settings asynchronously) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the packaged extension in a fake VS Code', () => {
  it('exports activate and deactivate', () => {
    expect(typeof extension.activate).toBe('function');
    expect(typeof extension.deactivate).toBe('function');
  });

  it('on TypeScript 5/6 uses the tsserver plugin and pushes only what the user set', async () => {
    host.settings.set('daprCodes.daprVersion', '');
    host.settings.set('daprCodes.severity', 'error');
    await extension.activate({ extensionPath: vsix.extensionDir, subscriptions });
    expect(host.log).toEqual([`info: Route: tsserver-plugin. VS Code's TypeScript service loads the contributed tsserver plugin.`]);
    expect(host.pushed).toEqual([{ pluginName: PLUGIN_NAME, configuration: { severity: 'error' } }]);
    expect(host.warnings).toEqual([]);
  });

  it('passes a changed option on to the plugin without choosing again', async () => {
    host.change('daprCodes.allowedCodes', ['ERR_OWN_CODE']);
    await settle();
    expect(host.pushed.at(-1)).toEqual({ pluginName: PLUGIN_NAME, configuration: { severity: 'error', allowedCodes: ['ERR_OWN_CODE'] } });
    expect(host.log).toHaveLength(1);
  });

  it('ignores settings of other extensions', async () => {
    const pushes = host.pushed.length;
    host.change('editor.tabSize', 2);
    await settle();
    expect(host.pushed).toHaveLength(pushes);
  });

  it('when TypeScript 7 is switched on, turns the plugin off before starting the server (a build without one says so)', async () => {
    const from = host.timeline.length;
    host.change('js/ts.experimental.useTsgo', true);
    await settle();
    expect(host.timeline.slice(from)).toEqual([
      'info: Route: language-server. TypeScript 7 is enabled (js/ts.experimental.useTsgo): its server loads no tsserver plugins.',
      `configurePlugin ${JSON.stringify({ severity: 'error', allowedCodes: ['ERR_OWN_CODE'], ...STAND_DOWN })}`,
      'error: This build of the extension carries no @dapr-codes/language-server: the language server cannot start.',
    ]);
    expect(host.warnings).toHaveLength(1);
  });

  it('with the language server off under TypeScript 7, says nothing runs', async () => {
    host.change('daprCodes.languageServer', 'off');
    await settle();
    expect(host.log.at(-1)).toBe('info: Route: none. TypeScript 7 is enabled, which loads no tsserver plugins, and daprCodes.languageServer is "off": no Dapr code features in the editor.');
  });

  it('back on TypeScript 6, the plugin serves again', async () => {
    host.change('js/ts.experimental.useTsgo', false);
    await settle();
    expect(host.log.at(-1)).toBe(`info: Route: tsserver-plugin. VS Code's TypeScript service loads the contributed tsserver plugin.`);
    expect(host.pushed.at(-1)?.configuration).toEqual({ severity: 'error', allowedCodes: ['ERR_OWN_CODE'] });
  });
});
