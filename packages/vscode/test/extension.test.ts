// The packaged extension bundle, activated in a fake VS Code host (harness/fake-vscode.ts): it chooses the
// way from the settings, tells the tsserver plugin what to serve, and follows setting changes.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, PLUGIN_NAME } from '../src/names.js';
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

const lastRoute = () => host.log.filter((line) => line.startsWith('info: Route:')).at(-1);
const PLUGIN_ROUTE = `info: Route: tsserver plugin. VS Code's TypeScript extension runs tsserver, which loads the contributed plugin.`;

describe('the packaged extension in a fake VS Code', () => {
  it('exports activate and deactivate', () => {
    expect(typeof extension.activate).toBe('function');
    expect(typeof extension.deactivate).toBe('function');
  });

  it('on TypeScript 5/6 uses the tsserver plugin and pushes only what the user set', async () => {
    host.settings.set('daprCodes.daprVersion', '');
    host.settings.set('daprCodes.severity', 'error');
    await extension.activate({ extensionPath: vsix.extensionDir, subscriptions });
    expect(host.log).toEqual([PLUGIN_ROUTE]);
    expect(host.pushed).toEqual([{ pluginName: PLUGIN_NAME, configuration: { severity: 'error' } }]);
    expect(host.warnings).toEqual([]);
  });

  it('says the route and the version checked in the status bar; a click shows the output', async () => {
    expect(host.status).toMatchObject({ text: '$(check) Dapr: tsserver plugin · any version', visible: true });
    expect(host.status.tooltip).toContain("VS Code's TypeScript extension runs tsserver");
    host.change('daprCodes.daprVersion', '1.14');
    await settle();
    expect(host.status.text).toBe('$(check) Dapr: tsserver plugin · 1.14');
    host.change('daprCodes.daprVersion', '');
    await settle();
    await host.commands.get(COMMANDS.showOutput)!();
    expect(host.outputShown).toBe(1);
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

  it('with js/ts.experimental.useTsgo on but no TypeScript 7 extension, says tsserver still runs the plugin', async () => {
    host.change('js/ts.experimental.useTsgo', true);
    await settle();
    expect(host.log.at(-1)).toBe(
      'info: Route: tsserver plugin. js/ts.experimental.useTsgo is on, but the TypeScript 7 extension (typescriptteam.native-preview) is not installed or is disabled, so VS Code still runs tsserver, which loads the contributed plugin.',
    );
    expect(host.pushed.at(-1)?.configuration).toEqual({ severity: 'error', allowedCodes: ['ERR_OWN_CODE'] });
  });

  it('when the TypeScript 7 extension is enabled, turns the plugin off before starting the server (a build without one says so)', async () => {
    const from = host.timeline.length;
    host.typescript7Extension = true;
    host.extensionsChanged();
    await settle();
    expect(host.timeline.slice(from)).toEqual([
      'info: Route: language server. TypeScript 7 runs (js/ts.experimental.useTsgo, with the typescriptteam.native-preview extension): its server loads no tsserver plugins.',
      `configurePlugin ${JSON.stringify({ severity: 'error', allowedCodes: ['ERR_OWN_CODE'], ...STAND_DOWN })}`,
      'error: This build of the extension carries no @dapr-codes/language-server: the language server cannot start.',
    ]);
    expect(host.warnings).toHaveLength(1);
    expect(host.status.text).toBe('$(warning) Dapr: language server (stopped) · any version');
    expect(host.status.tooltip).toContain('"Dapr Codes: Restart Language Server" starts it again');
  });

  it('an unrelated extension change neither re-routes nor logs', async () => {
    const lines = host.log.length;
    host.extensionsChanged();
    await settle();
    expect(host.log).toHaveLength(lines);
    expect(host.warnings).toHaveLength(1);
  });

  it('restarts the language server on command, and says so', async () => {
    await host.commands.get(COMMANDS.restartServer)!();
    expect(host.log.slice(-2)).toEqual(['info: Restarting the language server.', 'error: This build of the extension carries no @dapr-codes/language-server: the language server cannot start.']);
  });

  it('with the language server off under TypeScript 7, says nothing runs, in the output and the status bar', async () => {
    host.change('daprCodes.languageServer', 'off');
    await settle();
    expect(host.log.at(-1)).toBe('info: Route: off. TypeScript 7 runs (js/ts.experimental.useTsgo, with the typescriptteam.native-preview extension), which loads no tsserver plugins, and daprCodes.languageServer is "off": no Dapr code features in the editor.');
    expect(host.status.text).toBe('$(circle-slash) Dapr: off');
  });

  it('back on TypeScript 6, the plugin serves again; the restart command says the server does not run here', async () => {
    host.change('js/ts.experimental.useTsgo', false);
    await settle();
    expect(host.log.at(-1)).toBe(PLUGIN_ROUTE);
    expect(host.pushed.at(-1)?.configuration).toEqual({ severity: 'error', allowedCodes: ['ERR_OWN_CODE'] });
    await host.commands.get(COMMANDS.restartServer)!();
    expect(host.informations.at(-1)).toBe(`Dapr Codes: the language server does not run in this window. ${PLUGIN_ROUTE.replace('info: ', '')}`);
  });

  it('in Restricted Mode (no TypeScript extension) takes the language server, and the plugin once the folder is trusted', async () => {
    host.change('daprCodes.languageServer', 'auto');
    host.typescriptExtension = false;
    host.trusted = false;
    host.extensionsChanged();
    await settle();
    expect(lastRoute()).toBe(
      "info: Route: language server. This folder is in Restricted Mode, where VS Code's TypeScript extension does not run, so no tsserver plugin is loaded; the language server serves (it runs no code of the workspace).",
    );
    host.grantTrust();
    await settle();
    expect(lastRoute()).toBe(
      "info: Route: language server. This folder was trusted after the window opened and VS Code's TypeScript extension has not started (it does after Developer: Reload Window), so no tsserver plugin is loaded; the language server serves (it runs no code of the workspace).",
    );
    expect(host.informations.at(-1)).toBe("Dapr Codes: the folder is trusted now. VS Code's TypeScript extension, and with it the tsserver plugin, starts after a reload; until then the language server serves.");
    host.typescriptExtension = true;
    host.extensionsChanged();
    await settle();
    expect(lastRoute()).toBe(PLUGIN_ROUTE);
    expect(host.status.text).toBe('$(check) Dapr: tsserver plugin · any version');
  });
});
