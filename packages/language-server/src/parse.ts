// Parses a document with oxc (ESTree / TS-ESTree output, UTF-16 offsets) and prepares the tree the way
// ESLint hands it to rules: `parent` on every node, comments with ranges, and scopes from
// typescript-eslint's scope manager. The workspace's `typescript` is never loaded.
// Nodes get no `loc`: the rules read positions through `sourceCode`, and computing `loc` for every
// node was a sixth of the time of an analysis.
// A part of a file can be parsed alone (`parseParts`): the rest is blanked out, so offsets stay those
// of the whole text and the tree holds only the statements asked for.
import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { parseSync } from 'oxc-parser';
import { childNodes } from './children.js';
import { LineTable } from './line-table.js';

export interface ParsedFile {
  /** The whole document's text, also when only parts of it were parsed. */
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly comments: readonly TSESTree.Comment[];
  readonly scopeManager: ScopeManager;
  readonly lines: LineTable;
}

export type ParseResult = { readonly ok: true; readonly file: ParsedFile } | { readonly ok: false; readonly error: string };

/** A half-open range of offsets. */
export type Span = readonly [number, number];

/** Extensions the server reads; the language follows the extension as in TypeScript. */
export const SUPPORTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

export function isSupportedFile(fileName: string): boolean {
  return SUPPORTED_EXTENSIONS.some((ext) => fileName.endsWith(ext)) && !/\.d\.[cm]?ts$/.test(fileName);
}

/** Sets `parent` on every node, iteratively (deeply nested code must not overflow the stack). */
function link(program: TSESTree.Program): void {
  const stack: TSESTree.Node[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of childNodes(node)) {
      (child as { parent: TSESTree.Node }).parent = node;
      stack.push(child);
    }
  }
}

/**
 * oxc-parser overflows its native stack (the process dies, nothing to catch) on deeply nested input:
 * measured between 6,000 and 10,000 nested brackets. Such text (generated, minified, hostile) is not
 * parsed; `MAX_BYTES` keeps generated bundles out as well (and with them very long operator chains).
 */
const MAX_NESTING = 1_000;
const MAX_BYTES = 1_000_000;

/** Deepest bracket nesting of the raw text in `spans` (strings and comments included: an upper bound is enough). */
function tooDeep(text: string, spans: readonly Span[]): boolean {
  let depth = 0;
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 40 || c === 91 || c === 123) {
        if (++depth > MAX_NESTING) return true;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth > 0) depth--;
      }
    }
  }
  return false;
}

/** Ends a statement before it without joining it: `0` cannot continue an expression after a line break. */
const SEPARATOR = '0;';

/**
 * The text with everything outside `kept` (sorted, disjoint) blanked to spaces, UTF-16 length kept. A
 * blanked gap after a kept statement gets `0;` after its first line break, so that kept statements that
 * had others between them cannot run into each other (`a` then `(b)` would be a call). A statement
 * that ended at a line break (no `;`) leaves one in the gap, and room for the separator after it; one
 * that ended with `;` or `}` needs none. A `;` alone would be taken as the statement's own end.
 */
export function blankOutside(text: string, kept: readonly Span[]): string {
  let out = '';
  let at = 0;
  const gap = (end: number) => {
    if (end <= at) return;
    const lineBreak = at === 0 ? -1 : text.slice(at, end).search(/[\n\r\u2028\u2029]/);
    if (lineBreak < 0 || end - at - lineBreak - 1 < SEPARATOR.length) out += ' '.repeat(end - at);
    else out += `${' '.repeat(lineBreak)}\n${SEPARATOR}${' '.repeat(end - at - lineBreak - 1 - SEPARATOR.length)}`;
  };
  for (const [start, end] of kept) {
    gap(start);
    out += text.slice(start, end);
    at = end;
  }
  gap(text.length);
  return out;
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
  if (text.length > MAX_BYTES) return { ok: false, error: `not analysed: larger than ${MAX_BYTES} characters` };
  if (tooDeep(text, kept ?? [[0, text.length]])) return { ok: false, error: `not analysed: brackets nested deeper than ${MAX_NESTING}` };
  let result: ReturnType<typeof parseSync>;
  try {
    result = parseSync(fileName, kept ? blankOutside(text, kept) : text, { lang, sourceType: sourceType === 'commonjs' ? 'script' : 'module', astType: 'ts', range: true, preserveParens: false });
  } catch (error) {
    return { ok: false, error: String(error) };
  }
  // TS-ESTree's shape for JavaScript too (`decorators: []` on parameters, ...): the scope manager expects it.
  // Half-typed code: oxc returns an empty program with errors. Nothing is reported rather than
  // findings computed from a broken tree.
  if (result.errors.length > 0) return { ok: false, error: result.errors[0]!.message };
  const ast = result.program as unknown as TSESTree.Program;
  link(ast);
  const comments = result.comments.map((c) => ({ ...c, range: [c.start, c.end], loc: lines.locOf(c.start, c.end) }) as unknown as TSESTree.Comment);
  (ast as { comments: TSESTree.Comment[] }).comments = comments;
  (ast as { tokens: TSESTree.Token[] }).tokens = [];
  let scopeManager: ScopeManager;
  try {
    scopeManager = analyze(ast, { sourceType, jsxPragma: null, lib: ['esnext'] });
  } catch (error) {
    return { ok: false, error: `scope analysis: ${String(error)}` };
  }
  return { ok: true, file: { text, ast, comments, scopeManager, lines } };
}
