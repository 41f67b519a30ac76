// Syntax trees for hover and completion, per document version: the analysis's own tree where it holds
// the position (what the last edit touched), else the unit at the position parsed with what it reads,
// from the version's outline. A version that does not parse is never parsed whole again (that failed
// once, for its analysis): it is read around the position, from the last outline that parsed
// (analysis/broken-version.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, BrokenVersion, Outline, ParsedFile, Span } from './deferred.js';
import type { Features } from './loader.js';
import { createRecent } from './recent.js';

/**
 * Documents whose syntax tree is kept for hover and completion, and for how long once nothing asks
 * for one: others are parsed again on demand, around the position (well under a millisecond).
 */
const TREES_KEPT = 2;
const TREES_IDLE_MS = 10_000;

/** A syntax tree of a version: whole, or holding the statements in `covers` with all they read. */
interface Tree {
  readonly document: TextDocument;
  readonly version: number;
  readonly file: ParsedFile;
  readonly covers: readonly Span[];
}

/** What is known of the version asked about. */
export interface VersionState {
  /** The last outline of a version that parsed (of this one, when its text is the outline's). */
  readonly outline: Outline | undefined;
  /** False: the version does not parse (known, or taken to be while typing goes on from one that did not). */
  readonly parses: boolean;
}

export interface Trees {
  /** After a version's analysis: a partial tree (small, where the next request likely is) is kept, a whole one not (a 5,000-line file's is ~10 MB). */
  analysed(doc: TextDocument, analysis: Analysis): void;
  /** A tree of the document's current version that holds `offset`'s string, if there is one. */
  treeAt(doc: TextDocument, offset: number, state: VersionState, features: Features): ParsedFile | undefined;
  forget(uri: string): void;
  clear(): void;
}

export function createTrees(fileNameOf: (doc: TextDocument) => string): Trees {
  const trees = createRecent<string, Tree>(TREES_KEPT, TREES_IDLE_MS);
  /** A version that does not parse, against the last outline: computed once for all its requests. */
  const brokenVersions = createRecent<string, { readonly document: TextDocument; readonly version: number; readonly broken: BrokenVersion | undefined }>(TREES_KEPT, TREES_IDLE_MS);
  const isOf = (entry: { readonly document: TextDocument; readonly version: number } | undefined, doc: TextDocument) => entry?.document === doc && entry.version === doc.version;

  function brokenOf(doc: TextDocument, outline: Outline, features: Features): BrokenVersion | undefined {
    const known = brokenVersions.get(doc.uri);
    if (known && isOf(known, doc)) return known.broken;
    const broken = features.brokenVersion(outline, doc.getText(), known?.document === doc ? known.broken : undefined);
    brokenVersions.set(doc.uri, { document: doc, version: doc.version, broken });
    return broken;
  }

  function parsedAt(doc: TextDocument, offset: number, { outline, parses }: VersionState, features: Features): Omit<Tree, 'document' | 'version'> | undefined {
    const text = doc.getText();
    if (outline?.text === text) return features.parseAround(fileNameOf(doc), outline, offset);
    if (!parses) {
      const broken = outline && brokenOf(doc, outline, features);
      return broken && features.treeInBroken(fileNameOf(doc), broken, offset);
    }
    // No outline of this version (diagnostics are off): the whole text.
    const parsed = features.parseFile(fileNameOf(doc), text);
    return parsed.ok ? { file: parsed.file, covers: [[0, text.length]] } : undefined;
  }

  return {
    analysed(doc, analysis) {
      if (analysis.ok && !analysis.complete) trees.set(doc.uri, { document: doc, version: doc.version, file: analysis.file, covers: analysis.covers });
      else trees.delete(doc.uri);
    },
    treeAt(doc, offset, state, features) {
      const kept = trees.get(doc.uri);
      if (kept && isOf(kept, doc) && kept.covers.some(([start, end]) => start <= offset && offset <= end)) return kept.file;
      const tree = parsedAt(doc, offset, state, features);
      if (!tree) return undefined;
      trees.set(doc.uri, { document: doc, version: doc.version, ...tree });
      return tree.file;
    },
    forget(uri) {
      trees.delete(uri);
      brokenVersions.delete(uri);
    },
    clear() {
      trees.clear();
      brokenVersions.clear();
    },
  };
}
