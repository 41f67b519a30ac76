// The names the extension shares with VS Code, the tsserver plugin and the language server.

/** The settings section, and the section the language server asks for. */
export const SECTION = 'daprCodes';

export const PLUGIN_NAME = '@dapr-codes/typescript-plugin';
export const SERVER_PACKAGE = '@dapr-codes/language-server';
export const TYPESCRIPT_EXTENSION_ID = 'vscode.typescript-language-features';
/** The extension VS Code hands TypeScript 7 to when `js/ts.experimental.useTsgo` is on. */
export const TYPESCRIPT_7_EXTENSION_ID = 'typescriptteam.native-preview';

/** The extension's commands (contributed in package.json, a test keeps them equal). */
export const COMMANDS = { restartServer: 'daprCodes.restartLanguageServer', showOutput: 'daprCodes.showOutput' } as const;

/** VS Code's language ids for .ts/.mts/.cts, .tsx, .js/.mjs/.cjs and .jsx: where the extension works. */
export const LANGUAGE_IDS = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'] as const;
