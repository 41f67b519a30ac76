// The names the extension shares with VS Code, the tsserver plugin and the language server.

/** The settings section, and the section the language server asks for. */
export const SECTION = 'daprCodes';

export const PLUGIN_NAME = '@dapr-codes/typescript-plugin';
export const SERVER_PACKAGE = '@dapr-codes/language-server';
export const TYPESCRIPT_EXTENSION_ID = 'vscode.typescript-language-features';

/** VS Code's language ids for .ts/.mts/.cts, .tsx, .js/.mjs/.cjs and .jsx: where the extension works. */
export const LANGUAGE_IDS = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'] as const;
