// The language server as a `vscode-languageclient` client: the server module shipped inside the
// extension (`node_modules/@dapr-codes/language-server`), spoken to over Node IPC.
import type { LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, SECTION } from './names.js';
import { answerConfiguration } from './options.js';
import { explicitOptions } from './settings.js';

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
