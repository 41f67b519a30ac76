// The extension: reads what the editor runs, chooses the tsserver plugin or the language server
// (route.ts), starts or stops the server, tells the plugin which features are its own, and says which
// way serves in the output channel and the status bar. Thin on purpose: the decisions are pure
// functions tested without VS Code.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, SECTION, SERVER_PACKAGE } from './names.js';
import { pluginConfiguration, routeLine, type Route } from './route.js';
import { serverModuleIn } from './server-module.js';
import { affectsRoute, currentRoute, currentVersion, explicitOptions } from './settings.js';
import type { ServerState } from './status.js';
import { StatusBar } from './status-bar.js';
import { configureTsserverPlugin } from './typescript-extension.js';

/** vscode-languageclient's `State` (Stopped 1, Running 2, Starting 3), without loading the client for it. */
const SERVER_STATES: Readonly<Record<number, ServerState>> = { 1: 'stopped', 2: 'running', 3: 'starting' };

class Session {
  private client: LanguageClient | undefined;
  private route: Route | undefined;
  private server: ServerState | undefined;
  /** Applies run one after another: a setting changed twice quickly must not start two servers. */
  private queue: Promise<void> = Promise.resolve();
  /** The folder was trusted while this window was open (VS Code's TypeScript extension may need a reload then). */
  private trustGranted = false;

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: StatusBar,
  ) {}

  /** Chooses again from what the editor runs now. */
  refresh(): Promise<void> {
    return this.enqueue(() => this.run());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      if (this.route?.via !== 'language-server') {
        void vscode.window.showInformationMessage(`Dapr Codes: the language server does not run in this window. ${this.route ? routeLine(this.route) : ''}`);
        return;
      }
      this.output.info('Restarting the language server.');
      await this.stop();
      await this.start();
    });
  }

  /** Trust was granted: chooses again, and if VS Code's TypeScript extension did not start with it, offers the reload that starts it. */
  async trusted(): Promise<void> {
    this.trustGranted = true;
    await this.refresh();
    if (!this.route?.reloadStartsTsserver) return;
    const reload = 'Reload Window';
    const answer = await vscode.window.showInformationMessage(`Dapr Codes: the folder is trusted now. VS Code's TypeScript extension, and with it the tsserver plugin, starts after a reload; until then ${this.route.via === 'none' ? 'nothing serves' : 'the language server serves'}.`, reload);
    if (answer === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.server = undefined;
    await client?.stop();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => this.output.error(`Could not apply the settings: ${String(error)}`));
    return this.queue;
  }

  private async run(): Promise<void> {
    const route = currentRoute(this.trustGranted);
    const changed = route.via !== this.route?.via || route.why !== this.route.why;
    this.route = route;
    if (changed) this.output.info(routeLine(route));
    this.showStatus();
    // One way hands over to the other without overlap: the plugin stands down before the server starts,
    // and the server stops before the plugin serves again.
    if (route.via === 'language-server') {
      await this.configurePlugin(route);
      if (changed) await this.start();
    } else {
      if (changed) await this.stop();
      await this.configurePlugin(route);
    }
  }

  private showStatus(): void {
    if (this.route) this.status.show(this.route, currentVersion(), this.server);
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
      this.server = 'stopped';
      this.showStatus();
      void vscode.window.showWarningMessage(`Dapr Codes: the language server is missing from this build of the extension (see the "Dapr Codes" output).`);
      return;
    }
    // Loaded on first use: vscode-languageclient is most of the bundle, and the plugin route never needs it.
    const { createLanguageClient } = await import('./language-client.js');
    const client = createLanguageClient(serverModule, this.output);
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      if (this.client !== client) return;
      this.server = SERVER_STATES[newState];
      this.showStatus();
    });
    await client.start();
  }
}

let session: Session | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Dapr Codes', { log: true });
  const status = new StatusBar();
  session = new Session(context.extensionPath, output, status);
  const current = session;
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand(COMMANDS.restartServer, () => current.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsRoute(event) || event.affectsConfiguration(SECTION)) void current.refresh();
    }),
    // VS Code's TypeScript extension (or the TypeScript 7 one) appears or goes: enabled, disabled, or the folder trusted.
    vscode.extensions.onDidChange(() => void current.refresh()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void current.trusted()),
  );
  await current.refresh();
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
