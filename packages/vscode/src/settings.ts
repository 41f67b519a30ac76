// What the extension reads from VS Code's settings: the inputs of the route, and the options the user set.
import * as vscode from 'vscode';
import { SECTION } from './names.js';
import { optionsFrom } from './options.js';
import { chooseRoute, isTypeScript7, readMode, TYPESCRIPT_7_SETTINGS, type Route } from './route.js';
import { checkedVersion, type CheckedVersion } from './status.js';
import { hasTypeScript7Extension, hasTypeScriptExtension } from './typescript-extension.js';

/** `trustedSinceOpen`: the folder was trusted while the window was open. */
export function currentRoute(trustedSinceOpen: boolean): Route {
  return chooseRoute({
    // In Restricted Mode VS Code ignores the workspace's value of this setting (package.json, restrictedConfigurations).
    mode: readMode(vscode.workspace.getConfiguration(SECTION).get('languageServer')),
    useTsgo: isTypeScript7((section, key) => vscode.workspace.getConfiguration(section).get(key)),
    nativePreview: hasTypeScript7Extension(),
    tsserver: hasTypeScriptExtension(),
    trusted: vscode.workspace.isTrusted,
    trustedSinceOpen,
  });
}

/** The Dapr version the window's checks are for: the one handed to the plugin and the server. */
export function currentVersion(): CheckedVersion {
  return checkedVersion(vscode.workspace.getConfiguration(SECTION).get('daprVersion'));
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
