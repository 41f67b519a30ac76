// The extension: reads the settings, chooses the tsserver plugin or the language server (route.ts), starts
// or stops the server, and tells the plugin which features are its own. Thin on purpose: the decisions
// are pure functions tested without VS Code.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SECTION, SERVER_PACKAGE } from './names.js';
import { pluginConfiguration, type Route } from './route.js';
import { serverModuleIn } from './server-module.js';
import { affectsRoute, currentRoute, explicitOptions } from './settings.js';
import { configureTsserverPlugin } from './typescript-extension.js';

class Session {
  private client: LanguageClient | undefined;
  /** Applies run one after another: a setting changed twice quickly must not start two servers. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  apply(reroute: boolean): Promise<void> {
    this.queue = this.queue.then(() => this.run(reroute)).catch((error: unknown) => this.output.error(`Could not apply the settings: ${String(error)}`));
    return this.queue;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.stop();
  }

  private async run(reroute: boolean): Promise<void> {
    const route = currentRoute();
    if (reroute) this.output.info(`Route: ${route.via}. ${route.why}`);
    // One way hands over to the other without overlap: the plugin stands down before the server starts,
    // and the server stops before the plugin serves again.
    if (route.via === 'language-server') {
      await this.configurePlugin(route);
      if (reroute) await this.start();
    } else {
      if (reroute) await this.stop();
      await this.configurePlugin(route);
    }
  }

  private async configurePlugin(route: Route): Promise<void> {
    const trouble = await configureTsserverPlugin(pluginConfiguration(route, explicitOptions()));
    // Without VS Code's TypeScript extension there is no plugin to configure; only the plugin route needs it.
    if (trouble && route.via === 'tsserver-plugin') this.output.warn(`Could not configure the tsserver plugin: ${trouble}.`);
  }

  private async start(): Promise<void> {
    if (this.client) return;
    const serverModule = serverModuleIn(this.extensionPath);
    if (!serverModule) {
      this.output.error(`This build of the extension carries no ${SERVER_PACKAGE}: the language server cannot start.`);
      void vscode.window.showWarningMessage(`Dapr Codes: the language server is missing from this build of the extension (see the "Dapr Codes" output).`);
      return;
    }
    // Loaded on first use: vscode-languageclient is most of the bundle, and the plugin route never needs it.
    const { createLanguageClient } = await import('./language-client.js');
    this.client = createLanguageClient(serverModule, this.output);
    await this.client.start();
  }
}

let session: Session | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Dapr Codes', { log: true });
  session = new Session(context.extensionPath, output);
  const current = session;
  context.subscriptions.push(
    output,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsRoute(event)) void current.apply(true);
      else if (event.affectsConfiguration(SECTION)) void current.apply(false);
    }),
  );
  await current.apply(true);
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
