// The status bar item: which way serves the window and which Dapr version is checked (status.ts says
// what), shown while a JavaScript or TypeScript editor is active; a click shows the output.
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_IDS } from './names.js';
import type { Route } from './route.js';
import { statusOf, type CheckedVersion, type ServerState } from './status.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('daprCodes.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.toggle());

  constructor() {
    this.item.name = 'Dapr Codes';
    this.item.command = COMMANDS.showOutput;
  }

  show(route: Route, version: CheckedVersion, server: ServerState | undefined): void {
    const status = statusOf(route, version, server);
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.toggle();
  }

  private toggle(): void {
    const language = vscode.window.activeTextEditor?.document.languageId;
    if (language !== undefined && (LANGUAGE_IDS as readonly string[]).includes(language)) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
