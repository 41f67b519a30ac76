// The open documents and what is known of each: its latest analysed version (diagnostics and the
// messages behind them), the outline the next version is analysed from, and syntax trees for hover
// and completion (trees.ts). Diagnostics are published after a pause in typing, for the latest version only.
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '../analysis/lint-runner.js';
import type { Configuration } from './configuration.js';
import type { Analysis, DocumentSettings, Outline, ParsedFile } from './deferred.js';
import type { Guard } from './guard.js';
import type { Load } from './loader.js';
import { lsp } from './protocol.js';
import { createRecent } from './recent.js';
import { createScheduler } from './scheduler.js';
import { createTrees } from './trees.js';

/** Pause after the last keystroke before diagnostics are computed. */
const DEBOUNCE_MS = 150;
/** Documents whose outline is kept: an edit of another is analysed whole (a 5,000-line file: ~140 ms). */
const OUTLINES_KEPT = 32;

/**
 * What stays known of every open document's latest analysed version: small, no syntax tree. A version
 * is of one opened document: a URI closed and opened again starts over at the client's version number.
 */
export interface Analysed {
  readonly document: TextDocument;
  readonly version: number;
  /** False: the version was not parsed (a syntax error, or not parsed at all); hover and completion never parse its whole text again. */
  readonly parsed: boolean;
  readonly settings: DocumentSettings;
  readonly messages: readonly LintMessage[];
  readonly diagnostics: readonly Diagnostic[];
  /** False for a version over `maxFileSize` or beyond the analysis: hover and completion leave it alone. */
  readonly analysable: boolean;
}

export interface Documents {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** The analysis of the document's current version, computed once per version (undefined: not a file the server reads). */
  analysisOf(doc: TextDocument): Promise<Analysed | undefined>;
  /** For hover and completion: the settings of the document's current version, and a tree that holds `offset`'s string. */
  atPosition(doc: TextDocument, offset: number): Promise<{ readonly file: ParsedFile; readonly settings: DocumentSettings } | undefined>;
  /** Forgets every analysis (the settings changed) and analyses every open document again. */
  refreshAll(): void;
  listen(connection: Connection): void;
  dispose(): void;
}

export const pathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

const fileNameOf = (doc: TextDocument) => pathOf(doc.uri) ?? doc.uri;

export function createDocuments(connection: Connection, configuration: Configuration, load: Load, guard: Guard): Documents {
  const documents = new lsp.TextDocuments(TextDocument);
  const scheduler = createScheduler(DEBOUNCE_MS);
  const analysed = new Map<string, Analysed>();
  /** Per document, the analysis whose diagnostics were published last. */
  const published = new Map<string, Analysed>();
  const trees = createTrees(fileNameOf);
  // The last analysed version's outline, per recent document: its next version is analysed from it.
  const outlines = createRecent<string, Outline>(OUTLINES_KEPT);
  const loggedFailures = new Set<string>();

  function logFailures(analysis: Analysis): void {
    if (!analysis.ok) {
      // Why a file is beyond the analysis, in full, once: the diagnostic has the short of it.
      if (analysis.kind === 'limit' && !loggedFailures.has(analysis.error)) {
        connection.console.error(`[dapr-codes] analysis: ${analysis.error}`);
        loggedFailures.add(analysis.error);
      }
      return;
    }
    for (const failure of analysis.lint?.failures ?? []) {
      const line = `${failure.ruleId}: ${failure.error}`;
      if (!loggedFailures.has(line)) connection.console.error(`[dapr-codes] rule ${line}`);
      loggedFailures.add(line);
    }
  }

  async function analysisOf(doc: TextDocument): Promise<Analysed | undefined> {
    const loaded = await load();
    const { features } = loaded;
    if (!features.isSupportedFile(fileNameOf(doc))) return undefined;
    // Closed (or closed and opened again) while the features loaded: nothing to analyse or keep.
    if (documents.get(doc.uri) !== doc) return undefined;
    const known = analysed.get(doc.uri);
    if (known && known.document === doc && known.version === doc.version) return known;
    // Untitled documents get the editor settings alone.
    const settings = configuration.settingsFor(pathOf(doc.uri), loaded);
    const analysis = features.analyze(fileNameOf(doc), doc.getText(), settings.options, outlines.get(doc.uri), settings.runtimes.target);
    logFailures(analysis);
    const messages = analysis.ok ? (analysis.lint?.messages ?? []) : [];
    const notAnalysed = analysis.ok ? undefined : features.notAnalysedDiagnostic(analysis, doc.getText().length, settings.options);
    const diagnostics = analysis.ok ? messages.map((m) => features.toDiagnostic(m, analysis.file.lines, settings.options.severity)) : notAnalysed ? [notAnalysed] : [];
    trees.analysed(doc, analysis);
    // A version that does not parse keeps the last outline: the next one is compared with that.
    if (analysis.ok && analysis.outline) outlines.set(doc.uri, analysis.outline);
    const result = { document: doc, version: doc.version, parsed: analysis.ok, settings, messages, diagnostics, analysable: analysis.ok || analysis.kind === 'syntax' };
    analysed.set(doc.uri, result);
    configuration.report(settings, features);
    return result;
  }

  async function atPosition(doc: TextDocument, offset: number): Promise<{ file: ParsedFile; settings: DocumentSettings } | undefined> {
    const known = analysed.get(doc.uri);
    const outline = outlines.get(doc.uri);
    // Typing on from a version that did not parse: most likely this one does not either, and its
    // analysis would parse the whole text to find that out. Answered around the edit instead (the
    // diagnostics' run analyses it).
    const typingOn = known?.document === doc && known.version !== doc.version && !known.parsed && outline !== undefined && outline.text !== doc.getText();
    const result = typingOn ? known : await analysisOf(doc);
    // Nothing of a text that is not analysed is read (a line table of a file over maxFileSize took 5 ms).
    if (!result?.analysable) return undefined;
    const file = trees.treeAt(doc, offset, { outline, parses: !typingOn && result.parsed }, (await load()).features);
    return file && { file, settings: result.settings };
  }

  /** Whether `doc` at `version` is still what the client has open. */
  const isCurrent = (doc: TextDocument, version: number) => documents.get(doc.uri) === doc && doc.version === version;

  async function publish(doc: TextDocument): Promise<void> {
    // A newer version arrived since this run was scheduled: its own run will publish.
    const { version } = doc;
    if (!isCurrent(doc, version)) return;
    const result = await analysisOf(doc);
    if (!result || !isCurrent(doc, version)) return;
    // Opening a document both publishes at once and schedules a run (TextDocuments reports the
    // opened text as a change too): an analysis already published is not sent again.
    if (published.get(doc.uri) === result) return;
    published.set(doc.uri, result);
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [...result.diagnostics] });
  }

  const publishNow = guard('diagnostics', undefined, publish);
  const schedule = (doc: TextDocument) => scheduler.schedule(doc.uri, () => void publishNow(doc));

  documents.onDidOpen(({ document }) => void publishNow(document));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    analysed.delete(document.uri);
    published.delete(document.uri);
    trees.forget(document.uri);
    outlines.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  return {
    get: (uri) => documents.get(uri),
    all: () => documents.all(),
    analysisOf,
    atPosition,
    refreshAll() {
      analysed.clear();
      trees.clear();
      outlines.clear();
      configuration.reset();
      for (const doc of documents.all()) schedule(doc);
    },
    listen: (connection) => documents.listen(connection),
    dispose: () => scheduler.dispose(),
  };
}
