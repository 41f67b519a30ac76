// The language server as a `vscode-languageclient` client: the server module shipped inside the
// extension (`node_modules/@dapr-codes/language-server`), spoken to over Node IPC.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, SECTION, SERVER_PACKAGE } from './names.js';
import { answerConfiguration } from './options.js';
import { explicitOptions } from './settings.js';

/** The server module inside the extension, or undefined when this build carries no server. */
export function resolveServerModule(extensionPath: string): string | undefined {
  try {
    return createRequire(join(extensionPath, 'package.json')).resolve(`${SERVER_PACKAGE}/server`);
  } catch {
    return undefined;
  }
}

export function createLanguageClient(serverModule: string, output: LogOutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
    middleware: {
      workspace: {
        // The server gets the options as the tsserver plugin does: only those the user set, without the
        // `languageServer` switch (the server would report it as an unknown option).
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          return Array.isArray(values) ? answerConfiguration(params.items, values, explicitOptions) : values;
        },
      },
    },
  };
  return new LanguageClient('daprCodes', 'Dapr Codes language server', serverOptions, clientOptions);
}
