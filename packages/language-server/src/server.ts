// The language server process: run with `--stdio` (or `--node-ipc`, as vscode-languageclient starts
// it). Documents are analysed per version (parse + the Dapr ESLint rules); diagnostics are published
// after a pause in typing; hover, completion and code actions read the same analysis.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CAPABILITIES, SERVER_NAME } from './capabilities.js';
import type { Analysis, DocumentSettings, Outline, ParsedFile, Span } from './features.js';
import type { LintMessage } from './lint-runner.js';
import { WARNING_MESSAGE } from './lsp-constants.js';
import { createRecent } from './recent.js';
import { createScheduler } from './scheduler.js';

// oxc-parser allocates through its own mimalloc, which by default keeps freed pages for a while: a
// long-lived server would hold on to the peak of its largest parse. Read when the parser is loaded
// (after `initialize`), so setting it here is in time; a value the user set wins.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

// Required, not imported: Node's ES-module view of this CommonJS bundle costs ~150 ms of start-up.
const lsp = createRequire(import.meta.url)('vscode-languageserver/node') as typeof import('vscode-languageserver/node');

/** Pause after the last keystroke before diagnostics are computed. */
const DEBOUNCE_MS = 150;
/**
 * Documents whose syntax tree is kept for hover and completion, and for how long once nothing asks
 * for one: others are parsed again on demand, around the position (well under a millisecond).
 */
const TREES_KEPT = 2;
const TREES_IDLE_MS = 10_000;
/** Documents whose outline is kept: an edit of another is analysed whole (a 5,000-line file: ~140 ms). */
const OUTLINES_KEPT = 32;

type Features = typeof import('./features.js');

/** What stays known of every open document's latest analysed version: small, no syntax tree. */
interface Analysed {
  readonly version: number;
  readonly settings: DocumentSettings;
  readonly messages: readonly LintMessage[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A syntax tree of a version: whole, or holding the statements in `covers` with all they read. */
interface Tree {
  readonly version: number;
  readonly file: ParsedFile;
  readonly covers: readonly Span[];
}

const pathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

export function startServer(connection: Connection): void {
  const documents = new lsp.TextDocuments(TextDocument);
  const scheduler = createScheduler(DEBOUNCE_MS);
  const analysed = new Map<string, Analysed>();
  const trees = createRecent<string, Tree>(TREES_KEPT, TREES_IDLE_MS);
  // The last analysed version's outline, per recent document: its next version is analysed from it.
  const outlines = createRecent<string, Outline>(OUTLINES_KEPT);
  const shownMessages = new Set<string>();
  const loggedFailures = new Set<string>();
  const configFiles = new Map<string, string>();
  let initializationOptions: unknown;
  let section: unknown;
  let canAskConfiguration = false;
  let canRegisterConfiguration = false;
  let canWatchFiles = false;
  let loading: Promise<{ features: Features; resolver: ReturnType<Features['createSettingsResolver']> }> | undefined;
  const load = () =>
    (loading ??= import('./features.js').then((features) => ({ features, resolver: features.createSettingsResolver() })));

  const fileNameOf = (doc: TextDocument) => pathOf(doc.uri) ?? doc.uri;

  function logFailures(analysis: Analysis): void {
    if (!analysis.ok) return;
    for (const failure of analysis.lint?.failures ?? []) {
      const line = `${failure.ruleId}: ${failure.error}`;
      if (!loggedFailures.has(line)) connection.console.error(`[dapr-codes] rule ${line}`);
      loggedFailures.add(line);
    }
  }

  /** The analysis of the document's current version, computed once per version. */
  async function analysisOf(doc: TextDocument): Promise<Analysed | undefined> {
    const { features, resolver } = await load();
    if (!features.isSupportedFile(fileNameOf(doc))) return undefined;
    const known = analysed.get(doc.uri);
    if (known && known.version === doc.version) return known;
    // Untitled documents get the editor settings alone.
    const settings = resolver.settingsFor(pathOf(doc.uri) ?? '/untitled', features.editorOptionsOf(initializationOptions, section));
    const analysis = features.analyze(fileNameOf(doc), doc.getText(), settings.options, outlines.get(doc.uri));
    logFailures(analysis);
    const messages = analysis.ok ? (analysis.lint?.messages ?? []) : [];
    const diagnostics = analysis.ok ? messages.map((m) => features.toDiagnostic(m, analysis.file.lines, settings.options.severity)) : [];
    // A partial tree (what an edit touched) is small and is where the next hover or completion is
    // likely: kept. A whole one is not (a 5,000-line file's is ~10 MB): `treeOf` parses what it needs.
    if (analysis.ok && !analysis.complete) trees.set(doc.uri, { version: doc.version, file: analysis.file, covers: analysis.covers });
    else trees.delete(doc.uri);
    // A version that does not parse keeps the last outline: the next one is compared with that.
    if (analysis.ok && analysis.outline) outlines.set(doc.uri, analysis.outline);
    const result = { version: doc.version, settings, messages, diagnostics };
    analysed.set(doc.uri, result);
    reportConfig(features, settings);
    return result;
  }

  /**
   * A syntax tree of the document's current version that holds `offset`'s statement: the analysis's
   * when it does, else parsed around the offset (from the version's outline) or whole.
   */
  async function treeOf(doc: TextDocument, offset: number): Promise<ParsedFile | undefined> {
    const { features } = await load();
    const kept = trees.get(doc.uri);
    if (kept?.version === doc.version && kept.covers.some(([start, end]) => start <= offset && offset <= end)) return kept.file;
    const text = doc.getText();
    const outline = outlines.get(doc.uri);
    let tree: Omit<Tree, 'version'> | undefined;
    if (outline?.text === text) tree = features.parseAround(fileNameOf(doc), outline, offset);
    else {
      const parsed = features.parseFile(fileNameOf(doc), text);
      if (parsed.ok) tree = { file: parsed.file, covers: [[0, text.length]] };
    }
    if (!tree) return undefined;
    trees.set(doc.uri, { version: doc.version, ...tree });
    return tree.file;
  }

  function reportConfig(features: Features, settings: DocumentSettings): void {
    for (const problem of settings.problems) {
      if (shownMessages.has(problem.message)) continue;
      shownMessages.add(problem.message);
      // A notification (not showMessageRequest): nothing waits for the user's answer.
      void connection.sendNotification(lsp.ShowMessageNotification.type, { type: WARNING_MESSAGE, message: problem.message });
    }
    const { entry } = settings;
    if (!entry) return;
    const uri = pathToFileURL(entry.file).href;
    const lines = new features.LineTable(entry.text);
    const diagnostics = settings.entryProblems.map((p) => features.configDiagnostic(p, features.rangeOf(lines, entry.start, entry.end)));
    const key = JSON.stringify(diagnostics);
    if ((configFiles.get(uri) ?? '[]') === key) return;
    configFiles.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  async function publish(doc: TextDocument): Promise<void> {
    // A newer version arrived since this run was scheduled: its own run will publish.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    const result = await analysisOf(doc);
    if (!result || documents.get(doc.uri)?.version !== doc.version) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...result.diagnostics] });
  }

  /** Never let a failure escape into the connection: log it and answer with nothing. */
  const guarded =
    <A extends unknown[], R>(what: string, fallback: R, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        connection.console.error(`[dapr-codes] ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  const schedule = (doc: TextDocument) => scheduler.schedule(doc.uri, () => void guarded('diagnostics', undefined, publish)(doc));

  const refreshAll = () => {
    analysed.clear();
    trees.clear();
    outlines.clear();
    shownMessages.clear();
    for (const doc of documents.all()) schedule(doc);
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
    // Registering a capability the client does not say it registers dynamically is an error to it
    // (Eglot warns); such clients send didChangeConfiguration unasked.
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return { capabilities: CAPABILITIES, serverInfo: { name: SERVER_NAME } };
  });

  connection.onInitialized(async () => {
    void load();
    if (canWatchFiles) {
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/{tsconfig,jsconfig}*.json' }] });
    }
    if (canAskConfiguration && canRegisterConfiguration) void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'daprCodes' });
    await pullSection();
    refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as Record<string, unknown> | null | undefined)?.['daprCodes'];
    if (canAskConfiguration) await pullSection();
    else section = pushed;
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(async () => {
    (await load()).resolver.invalidate();
    refreshAll();
  });

  documents.onDidOpen(({ document }) => void guarded('diagnostics', undefined, publish)(document));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    analysed.delete(document.uri);
    trees.delete(document.uri);
    outlines.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The current version's analysis, and a tree at the position, for the position features. */
  async function atPosition(uri: string, position: Position) {
    const doc = documents.get(uri);
    const result = doc && (await analysisOf(doc));
    if (!doc || !result) return undefined;
    const offset = doc.offsetAt(position);
    const file = await treeOf(doc, offset);
    return file ? { file, offset, options: result.settings.options } : undefined;
  }

  connection.onHover(
    guarded('hover', null, async ({ textDocument, position }) => {
      const found = await atPosition(textDocument.uri, position);
      if (!found?.options.hover) return null;
      return (await load()).features.hoverAt(found.file, found.offset, found.options);
    }),
  );

  connection.onCompletion(
    guarded('completion', null, async ({ textDocument, position }) => {
      const found = await atPosition(textDocument.uri, position);
      if (!found?.options.completions) return null;
      return (await load()).features.completionAt(found.file, found.offset, found.options);
    }),
  );

  connection.onCompletionResolve((item) =>
    guarded('completion details', item, async () => {
      const { features, resolver } = await load();
      // The entry's text depends on `daprVersion` only, the same for the documents of one workspace.
      const doc = documents.all()[0];
      const options = (doc && (await analysisOf(doc))?.settings.options) ?? resolver.settingsFor('/untitled', features.editorOptionsOf(initializationOptions, section)).options;
      return features.resolveCompletion(item, options);
    })(),
  );

  connection.onCodeAction(
    guarded('code actions', [], async ({ textDocument, range }) => {
      const doc = documents.get(textDocument.uri);
      const result = doc && (await analysisOf(doc));
      if (!result || result.messages.length === 0) return [];
      // The document keeps its own line offsets (LSP's): no table of the whole text per request.
      const positions = { position: (offset: number) => doc.positionAt(offset), offset: (position: Position) => doc.offsetAt(position) };
      return (await load()).features.codeActionsFor(result.messages, result.diagnostics, positions, textDocument.uri, range);
    }),
  );

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}

startServer(lsp.createConnection(lsp.ProposedFeatures.all));
