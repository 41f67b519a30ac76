// The server on a connection: its lifecycle (initialize, settings and config-file changes, shutdown)
// wired to the documents (documents.ts), the settings (configuration.ts) and the requests (handlers.ts).
import type { Connection } from 'vscode-languageserver';
import { SERVER_NAME, SERVER_VERSION } from '../package-info.js';
import { CAPABILITIES } from './capabilities.js';
import { createConfiguration } from './configuration.js';
import { createDocuments, pathOf } from './documents.js';
import { createGuard } from './guard.js';
import { registerHandlers } from './handlers.js';
import { createLoader } from './loader.js';

export function startServer(connection: Connection): void {
  const load = createLoader();
  const guard = createGuard(connection.console);
  const configuration = createConfiguration(connection);
  const documents = createDocuments(connection, configuration, load, guard);

  connection.onInitialize((params) => {
    configuration.initialize(params);
    return { capabilities: CAPABILITIES, serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  connection.onInitialized(async () => {
    void load();
    configuration.register();
    await configuration.pull();
    documents.refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    await configuration.changed(change.settings);
    documents.refreshAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    (await load()).resolver.invalidate(changes.map((c) => pathOf(c.uri)).filter((p): p is string => p !== undefined));
    documents.refreshAll();
  });

  registerHandlers(connection, { documents, configuration, load }, guard);
  connection.onShutdown(() => documents.dispose());

  documents.listen(connection);
  connection.listen();
}
