// What the extension reads from VS Code's settings: the inputs of the route, and the options the user set.
import * as vscode from 'vscode';
import { SECTION } from './names.js';
import { optionsFrom } from './options.js';
import { chooseRoute, isTypeScript7, readMode, TYPESCRIPT_7_SETTINGS, type Route } from './route.js';
import { hasTypeScriptExtension } from './typescript-extension.js';

export function currentRoute(): Route {
  return chooseRoute({
    mode: readMode(vscode.workspace.getConfiguration(SECTION).get('languageServer')),
    typescript7: isTypeScript7((section, key) => vscode.workspace.getConfiguration(section).get(key)),
    tsserver: hasTypeScriptExtension(),
  });
}

/** The options the user set (user, workspace or folder settings) for `scopeUri`; defaults are left out. */
export function explicitOptions(scopeUri?: string): Record<string, unknown> {
  const settings = vscode.workspace.getConfiguration(SECTION, scopeUri === undefined ? undefined : vscode.Uri.parse(scopeUri));
  return optionsFrom((key) => {
    const set = settings.inspect(key);
    return set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  });
}

export function affectsRoute(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.languageServer`) || TYPESCRIPT_7_SETTINGS.some(({ section, key }) => event.affectsConfiguration(`${section}.${key}`));
}
