// The language server as a `vscode-languageclient` client: the server module shipped inside the
// extension (`node_modules/@dapr-codes/language-server`), spoken to over Node IPC.
import type { LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, SECTION } from './names.js';
import { answerConfiguration } from './options.js';
import { explicitOptions } from './settings.js';

/**
 * V8 sized for memory rather than speed: with 200 open files the server keeps about half the memory
 * (`pnpm bench:language-server`), and an edit's analysis stays far below what typing notices.
 */
export const SERVER_EXEC_ARGV = ['--optimize-for-size'];

export function createLanguageClient(serverModule: string, output: LogOutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
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
