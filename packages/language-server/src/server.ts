// The language server process: run with `--stdio` (or `--node-ipc`, as vscode-languageclient starts
// it). Documents are analysed per version (parse + the Dapr ESLint rules); diagnostics are published
// after a pause in typing; hover, completion and code actions read the same analysis.
import type { EditorOptions } from '@dapr-codes/catalog';
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './analysis.js';
import { CAPABILITIES } from './capabilities.js';
import { codeActionsFor } from './code-actions.js';
import { completionAt, resolveCompletion } from './completion.js';
import { configDiagnostic, rangeOf, toDiagnostic } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { LineTable } from './line-table.js';
import { isSupportedFile } from './parse.js';
import { createScheduler } from './scheduler.js';
import { createSettingsResolver, editorOptionsOf, SERVER_NAME, type DocumentSettings } from './settings.js';

/** Pause after the last keystroke before diagnostics are computed. */
const DEBOUNCE_MS = 150;

interface Analysed {
  readonly version: number;
  readonly settings: DocumentSettings;
  readonly analysis: Analysis;
  readonly diagnostics: readonly Diagnostic[];
}

const pathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const resolver = createSettingsResolver();
  const scheduler = createScheduler(DEBOUNCE_MS);
  const analysed = new Map<string, Analysed>();
  const shownMessages = new Set<string>();
  const loggedFailures = new Set<string>();
  const configFiles = new Map<string, Diagnostic[]>();
  let initializationOptions: unknown;
  let section: unknown;
  let canAskConfiguration = false;
  let canWatchFiles = false;

  const settingsOf = (doc: TextDocument): DocumentSettings | undefined => {
    const path = pathOf(doc.uri);
    // Untitled documents get the editor settings alone.
    return resolver.settingsFor(path ?? '/untitled', editorOptionsOf(initializationOptions, section));
  };

  const fileNameOf = (doc: TextDocument) => pathOf(doc.uri) ?? doc.uri;
  const supported = (doc: TextDocument) => isSupportedFile(fileNameOf(doc));

  /** The analysis of the document's current version, computed once. */
  function analysisOf(doc: TextDocument): Analysed | undefined {
    if (!supported(doc)) return undefined;
    const known = analysed.get(doc.uri);
    if (known && known.version === doc.version) return known;
    const settings = settingsOf(doc)!;
    const analysis = analyze(fileNameOf(doc), doc.getText(), settings.options);
    const diagnostics = analysis.ok && analysis.lint ? analysis.lint.messages.map((m) => toDiagnostic(m, analysis.file.lines, settings.options.severity)) : [];
    if (analysis.ok) {
      for (const failure of analysis.lint?.failures ?? []) {
        const line = `${failure.ruleId}: ${failure.error}`;
        if (!loggedFailures.has(line)) connection.console.error(`[dapr-codes] rule ${line}`);
        loggedFailures.add(line);
      }
    }
    const result = { version: doc.version, settings, analysis, diagnostics };
    analysed.set(doc.uri, result);
    reportConfig(settings);
    return result;
  }

  function reportConfig(settings: DocumentSettings): void {
    for (const problem of settings.problems) {
      if (shownMessages.has(problem.message)) continue;
      shownMessages.add(problem.message);
      // A notification (not showMessageRequest): nothing waits for the user's answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem.message });
    }
    const { entry } = settings;
    if (!entry) return;
    const uri = `file://${entry.file}`;
    const lines = new LineTable(entry.text);
    const diagnostics = settings.entryProblems.map((p) => configDiagnostic(p, rangeOf(lines, entry.start, entry.end)));
    const before = configFiles.get(uri);
    if (JSON.stringify(before ?? []) === JSON.stringify(diagnostics)) return;
    configFiles.set(uri, diagnostics);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function publish(doc: TextDocument): void {
    // A newer version arrived since this run was scheduled: its own run will publish.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    const result = analysisOf(doc);
    if (!result) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...result.diagnostics] });
  }

  const options = (uri: string): { doc: TextDocument; result: Analysed; options: EditorOptions } | undefined => {
    const doc = documents.get(uri);
    const result = doc && analysisOf(doc);
    return doc && result ? { doc, result, options: result.settings.options } : undefined;
  };

  const refreshAll = () => {
    analysed.clear();
    shownMessages.clear();
    for (const doc of documents.all()) scheduler.schedule(doc.uri, () => publish(doc));
  };

  async function pullSection(): Promise<void> {
    if (!canAskConfiguration) return;
    try {
      [section] = await connection.workspace.getConfiguration([{ section: 'daprCodes' }]);
    } catch (error) {
      connection.console.error(`[dapr-codes] workspace/configuration failed: ${String(error)}`);
    }
  }

  connection.onInitialize((params) => {
    initializationOptions = params.initializationOptions;
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return { capabilities: CAPABILITIES, serverInfo: { name: SERVER_NAME } };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/{tsconfig,jsconfig}*.json' }] });
    }
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'daprCodes' });
    await pullSection();
    refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as Record<string, unknown> | null | undefined)?.['daprCodes'];
    if (canAskConfiguration) await pullSection();
    else section = pushed;
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    resolver.invalidate();
    refreshAll();
  });

  documents.onDidOpen(({ document }) => publish(document));
  documents.onDidChangeContent(({ document }) => scheduler.schedule(document.uri, () => publish(document)));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    analysed.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const found = options(textDocument.uri);
    if (!found?.options.hover || !found.result.analysis.ok) return null;
    const { file } = found.result.analysis;
    return hoverAt(file, file.lines.offset(position), found.options);
  });

  connection.onCompletion(({ textDocument, position }) => {
    const found = options(textDocument.uri);
    if (!found?.options.completions || !found.result.analysis.ok) return null;
    const { file } = found.result.analysis;
    return completionAt(file, file.lines.offset(position), found.options);
  });

  connection.onCompletionResolve((item) => {
    const uri = documents.all()[0]?.uri;
    const found = uri ? options(uri) : undefined;
    return resolveCompletion(item, found?.options ?? resolver.settingsFor('/untitled', editorOptionsOf(initializationOptions, section)).options);
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const found = options(textDocument.uri);
    if (!found?.options.diagnostics || !found.result.analysis.ok || !found.result.analysis.lint) return [];
    const { file, lint } = found.result.analysis;
    return codeActionsFor(lint.messages, found.result.diagnostics, file.lines, textDocument.uri, range);
  });

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}

startServer(createConnection(ProposedFeatures.all));
