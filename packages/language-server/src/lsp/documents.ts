// The open documents and what is known of each: its latest analysed version (diagnostics and the
// messages behind them), the outline the next version is analysed from, and a syntax tree for hover
// and completion. Diagnostics are published after a pause in typing, for the latest version only.
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '../analysis/lint-runner.js';
import type { Configuration } from './configuration.js';
import type { Analysis, DocumentSettings, Outline, ParsedFile, Span } from './deferred.js';
import type { Guard } from './guard.js';
import type { Load } from './loader.js';
import { lsp } from './protocol.js';
import { createRecent } from './recent.js';
import { createScheduler } from './scheduler.js';

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

/** What stays known of every open document's latest analysed version: small, no syntax tree. */
export interface Analysed {
  readonly version: number;
  readonly settings: DocumentSettings;
  readonly messages: readonly LintMessage[];
  readonly diagnostics: readonly Diagnostic[];
  /** False for a version over `maxFileSize` or beyond the analysis: hover and completion leave it alone. */
  readonly analysable: boolean;
}

/** A syntax tree of a version: whole, or holding the statements in `covers` with all they read. */
interface Tree {
  readonly version: number;
  readonly file: ParsedFile;
  readonly covers: readonly Span[];
}

export interface Documents {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** The analysis of the document's current version, computed once per version (undefined: not a file the server reads). */
  analysisOf(doc: TextDocument): Promise<Analysed | undefined>;
  /** A syntax tree of the document's current version that holds `offset`'s statement. */
  treeOf(doc: TextDocument, offset: number): Promise<ParsedFile | undefined>;
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
  const trees = createRecent<string, Tree>(TREES_KEPT, TREES_IDLE_MS);
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
    const known = analysed.get(doc.uri);
    if (known && known.version === doc.version) return known;
    // Untitled documents get the editor settings alone.
    const settings = configuration.settingsFor(pathOf(doc.uri), loaded);
    const analysis = features.analyze(fileNameOf(doc), doc.getText(), settings.options, outlines.get(doc.uri), settings.runtimes.target);
    logFailures(analysis);
    const messages = analysis.ok ? (analysis.lint?.messages ?? []) : [];
    const notAnalysed = analysis.ok ? undefined : features.notAnalysedDiagnostic(analysis, doc.getText().length, settings.options);
    const diagnostics = analysis.ok ? messages.map((m) => features.toDiagnostic(m, analysis.file.lines, settings.options.severity)) : notAnalysed ? [notAnalysed] : [];
    // A partial tree (what an edit touched) is small and is where the next hover or completion is
    // likely: kept. A whole one is not (a 5,000-line file's is ~10 MB): `treeOf` parses what it needs.
    if (analysis.ok && !analysis.complete) trees.set(doc.uri, { version: doc.version, file: analysis.file, covers: analysis.covers });
    else trees.delete(doc.uri);
    // A version that does not parse keeps the last outline: the next one is compared with that.
    if (analysis.ok && analysis.outline) outlines.set(doc.uri, analysis.outline);
    const result = { version: doc.version, settings, messages, diagnostics, analysable: analysis.ok || analysis.kind === 'syntax' };
    analysed.set(doc.uri, result);
    configuration.report(settings, features);
    return result;
  }

  /** The analysis's tree when it holds `offset`, else parsed around the offset (from the version's outline) or whole. */
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

  async function publish(doc: TextDocument): Promise<void> {
    // A newer version arrived since this run was scheduled: its own run will publish.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    const result = await analysisOf(doc);
    if (!result || documents.get(doc.uri)?.version !== doc.version) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...result.diagnostics] });
  }

  const publishNow = guard('diagnostics', undefined, publish);
  const schedule = (doc: TextDocument) => scheduler.schedule(doc.uri, () => void publishNow(doc));

  documents.onDidOpen(({ document }) => void publishNow(document));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    analysed.delete(document.uri);
    trees.delete(document.uri);
    outlines.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  return {
    get: (uri) => documents.get(uri),
    all: () => documents.all(),
    analysisOf,
    treeOf,
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
