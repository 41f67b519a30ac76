// VS Code's built-in TypeScript extension: whether it runs (it loads contributed tsserver plugins) and
// its API for pushing options to a plugin (`configurePlugin`, delivered to `onConfigurationChanged`).
import * as vscode from 'vscode';
import { PLUGIN_NAME, TYPESCRIPT_7_EXTENSION_ID, TYPESCRIPT_EXTENSION_ID } from './names.js';

interface TypeScriptApi {
  configurePlugin(pluginId: string, configuration: unknown): void;
}

interface TypeScriptExtensionExports {
  getAPI?(version: 0): TypeScriptApi | undefined;
}

/** Installed and enabled (`getExtension` returns neither disabled extensions nor those Restricted Mode keeps off). */
export function hasTypeScriptExtension(): boolean {
  return vscode.extensions.getExtension(TYPESCRIPT_EXTENSION_ID) !== undefined;
}

/** The TypeScript 7 extension, installed and enabled. */
export function hasTypeScript7Extension(): boolean {
  return vscode.extensions.getExtension(TYPESCRIPT_7_EXTENSION_ID) !== undefined;
}

/** Pushes the plugin's options; returns why it could not, or undefined when it did. */
export async function configureTsserverPlugin(configuration: Record<string, unknown>): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension<TypeScriptExtensionExports>(TYPESCRIPT_EXTENSION_ID);
  if (!extension) return `${TYPESCRIPT_EXTENSION_ID} is not enabled`;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  const api = exports?.getAPI?.(0);
  if (!api) return `${TYPESCRIPT_EXTENSION_ID} offers no API version 0`;
  api.configurePlugin(PLUGIN_NAME, configuration);
  return undefined;
}
