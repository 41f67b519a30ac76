// Parses a document with oxc (ESTree / TS-ESTree output, UTF-16 offsets) and prepares the tree the way
// ESLint hands it to rules: `parent` on every node, comments with ranges, and scopes from
// typescript-eslint's scope manager. The workspace's `typescript` is never loaded.
// Nodes get no `loc`: the rules read positions through `sourceCode`, and computing `loc` for every
// node was a sixth of the time of an analysis.
// Parts of a file can be parsed alone (`parseParts`): the kept text is parsed with short separators
// between the parts, and the offsets are mapped back to the whole text's.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of an untyped module: they must reach every program that compiles this file (the VS Code extension's tests import it)
/// <reference path="./oxc-modules.d.ts" />
import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { jsonParseAst } from 'oxc-parser/src-js/wrap.js';
import { childNodes } from './children.js';
import { LINE_BREAK, LineTable } from './line-table.js';
import { parseNative } from './native-parser.js';

export interface ParsedFile {
  /** The whole document's text, also when only parts of it were parsed. */
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly comments: readonly TSESTree.Comment[];
  readonly scopeManager: ScopeManager;
  readonly lines: LineTable;
}

/**
 * Why a text has no tree: it does not parse (`syntax`: half-typed code, the editor shows the error), or
 * it could not be analysed at all (`limit`: the parser's thread failed, or the tree is too deep for
 * the scope analysis): the file then gets a diagnostic that says so.
 */
export type ParseFailure = { readonly ok: false; readonly kind: 'syntax' | 'limit'; readonly error: string };

export type ParseResult = { readonly ok: true; readonly file: ParsedFile } | ParseFailure;

/** A half-open range of offsets. */
export type Span = readonly [number, number];

/** Extensions the server reads; the language follows the extension as in TypeScript. */
export const SUPPORTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

export function isSupportedFile(fileName: string): boolean {
  return SUPPORTED_EXTENSIONS.some((ext) => fileName.endsWith(ext)) && !/\.d\.[cm]?ts$/.test(fileName);
}

type Positioned = { range: [number, number]; start?: number; end?: number };

/** Sets `parent` on every node, iteratively (deeply nested code must not overflow the stack), moving offsets by `place` when given. */
function link(program: TSESTree.Program, place?: (offset: number) => number): void {
  const stack: TSESTree.Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (place) placeNode(node as unknown as Positioned, place);
    for (const child of childNodes(node)) {
      (child as { parent: TSESTree.Node }).parent = node;
      stack.push(child);
    }
  }
}

function placeNode(node: Positioned, place: (offset: number) => number): void {
  const start = place(node.range[0]);
  const end = place(node.range[1]);
  node.range = [start, end];
  if (node.start !== undefined) node.start = start;
  if (node.end !== undefined) node.end = end;
}

/**
 * The parts to parse, joined: `kept` (sorted, disjoint spans) with a separator between two parts. A
 * statement that ended at a line break (no `;`) leaves one in the gap after it: there the separator is
 * `0;` on a line of its own, so that the next part cannot continue it (`a` then `(b)` would be a call)
 * and nothing can take it for its own end (a `;` alone could be); elsewhere a space is enough.
 * `place` maps an offset of the joined text to the whole text's (a separator's, into its gap).
 */
export function joinParts(text: string, kept: readonly Span[]): { source: string; place: (offset: number) => number } {
  let source = '';
  const pieces: { at: number; from: number; to: number; gapEnd: number }[] = [];
  kept.forEach(([from, to], i) => {
    const gapStart = i === 0 ? 0 : kept[i - 1]![1];
    if (from > gapStart && i > 0) source += LINE_BREAK.test(text.slice(gapStart, from)) ? '\n0;\n' : ' ';
    pieces.push({ at: source.length, from, to, gapEnd: kept[i + 1]?.[0] ?? text.length });
    source += text.slice(from, to);
  });
  const place = (offset: number): number => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    if (!piece) return offset;
    const at = piece.from + offset - piece.at;
    return at <= piece.to ? at : Math.min(at, piece.gapEnd);
  };
  return { source, place };
}

const TS_EXTENSION = /\.[cm]?tsx?$/;
const JSX_EXTENSION = /\.[jt]sx$/;

/** The whole document. */
export function parseFile(fileName: string, text: string, lines?: LineTable): ParseResult {
  return parseParts(fileName, text, lines ?? new LineTable(text), undefined);
}

/** Only the statements in `kept` (sorted, disjoint spans of whole statements and the space between them). */
export function parseParts(fileName: string, text: string, lines: LineTable, kept: readonly Span[] | undefined): ParseResult {
  const lang = TS_EXTENSION.test(fileName) ? (JSX_EXTENSION.test(fileName) ? 'tsx' : 'ts') : JSX_EXTENSION.test(fileName) ? 'jsx' : 'js';
  const sourceType = fileName.endsWith('.cjs') || fileName.endsWith('.cts') ? 'commonjs' : 'module';
  const parts = kept && joinParts(text, kept);
  // TS-ESTree's shape for JavaScript too (`decorators: []` on parameters, ...): the scope manager expects it.
  const result = parseNative(fileName, parts ? parts.source : text, { lang, sourceType: sourceType === 'commonjs' ? 'script' : 'module', astType: 'ts', range: true, preserveParens: false });
  if (!result.ok) return { ok: false, kind: 'limit', error: result.error };
  // Half-typed code: oxc returns an empty program with errors. Nothing is reported rather than
  // findings computed from a broken tree.
  if (result.errors.length > 0) return { ok: false, kind: 'syntax', error: result.errors[0]! };
  // JSON.parse builds the tree without recursing, however deep it is.
  const ast = jsonParseAst(result.program) as TSESTree.Program;
  link(ast, parts?.place);
  if (parts) Object.assign(ast, { range: [0, text.length], start: 0, end: text.length });
  const comments = result.comments.map((c) => {
    const [start, end] = parts ? [parts.place(c.start), parts.place(c.end)] : [c.start, c.end];
    return { ...c, start, end, range: [start, end], loc: lines.locOf(start, end) } as unknown as TSESTree.Comment;
  });
  (ast as { comments: TSESTree.Comment[] }).comments = comments;
  (ast as { tokens: TSESTree.Token[] }).tokens = [];
  let scopeManager: ScopeManager;
  try {
    // No library globals (`lib: []`): the rules follow only a file's own declarations and imports, and
    // declaring TypeScript's hundreds of globals was a tenth of a re-analysis.
    scopeManager = analyze(ast, { sourceType, jsxPragma: null, lib: [] });
  } catch (error) {
    // A tree deeper than the scope manager's recursion reaches (a RangeError): the file is beyond analysis.
    return { ok: false, kind: 'limit', error: `scope analysis: ${String(error)}` };
  }
  return { ok: true, file: { text, ast, comments, scopeManager, lines } };
}
