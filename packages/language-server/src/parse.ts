// Parses a document with oxc (ESTree / TS-ESTree output, UTF-16 offsets) and prepares the tree the way
// ESLint hands it to rules: `parent` on every node, `loc` from a line table, comments with ranges, and
// scopes from typescript-eslint's scope manager. The workspace's `typescript` is never loaded.
import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { parseSync } from 'oxc-parser';
import { LineTable } from './line-table.js';

export interface ParsedFile {
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly comments: readonly TSESTree.Comment[];
  readonly scopeManager: ScopeManager;
  readonly lines: LineTable;
}

export type ParseResult = { readonly ok: true; readonly file: ParsedFile } | { readonly ok: false; readonly error: string };

/** Extensions the server reads; the language follows the extension as in TypeScript. */
export const SUPPORTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

export function isSupportedFile(fileName: string): boolean {
  return SUPPORTED_EXTENSIONS.some((ext) => fileName.endsWith(ext)) && !/\.d\.[cm]?ts$/.test(fileName);
}

type RawNode = { type: string; range: [number, number]; parent?: RawNode; loc?: TSESTree.SourceLocation; [key: string]: unknown };

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'start', 'end', 'type']);
const keysOf = (node: RawNode): readonly string[] =>
  (visitorKeys as Record<string, readonly string[] | undefined>)[node.type] ?? Object.keys(node).filter((k) => !SKIPPED_KEYS.has(k));

const isNode = (value: unknown): value is RawNode => typeof value === 'object' && value !== null && typeof (value as RawNode).type === 'string' && Array.isArray((value as RawNode).range);

/** Sets `parent` and `loc` on every node, iteratively (deeply nested code must not overflow the stack). */
function link(program: RawNode, lines: LineTable): void {
  const stack: RawNode[] = [program];
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.loc = lines.locOf(node.range[0], node.range[1]);
    for (const key of keysOf(node)) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) {
          if (isNode(c)) {
            c.parent = node;
            stack.push(c);
          }
        }
      } else if (isNode(child)) {
        child.parent = node;
        stack.push(child);
      }
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

/** Deepest bracket nesting of the raw text (strings and comments included: an upper bound is enough). */
function tooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return true;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
    }
  }
  return false;
}

const TS_EXTENSION = /\.[cm]?tsx?$/;
const JSX_EXTENSION = /\.[jt]sx$/;

export function parseFile(fileName: string, text: string): ParseResult {
  const lang = TS_EXTENSION.test(fileName) ? (JSX_EXTENSION.test(fileName) ? 'tsx' : 'ts') : JSX_EXTENSION.test(fileName) ? 'jsx' : 'js';
  const sourceType = fileName.endsWith('.cjs') || fileName.endsWith('.cts') ? 'commonjs' : 'module';
  if (text.length > MAX_BYTES) return { ok: false, error: `not analysed: larger than ${MAX_BYTES} characters` };
  if (tooDeep(text)) return { ok: false, error: `not analysed: brackets nested deeper than ${MAX_NESTING}` };
  let result: ReturnType<typeof parseSync>;
  try {
    result = parseSync(fileName, text, { lang, sourceType: sourceType === 'commonjs' ? 'script' : 'module', astType: 'ts', range: true, preserveParens: false });
  } catch (error) {
    return { ok: false, error: String(error) };
  }
  // TS-ESTree's shape for JavaScript too (`decorators: []` on parameters, ...): the scope manager expects it.
  // Half-typed code: oxc returns an empty program with errors. Nothing is reported rather than
  // findings computed from a broken tree.
  if (result.errors.length > 0) return { ok: false, error: result.errors[0]!.message };
  const lines = new LineTable(text);
  const program = result.program as unknown as RawNode;
  link(program, lines);
  const comments = result.comments.map((c) => ({ ...c, range: [c.start, c.end], loc: lines.locOf(c.start, c.end) }) as unknown as TSESTree.Comment);
  const ast = program as unknown as TSESTree.Program;
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
