// oxc's tree handed to ESLint as a custom parser (`parseForESLint`), prepared the way the language
// server prepares it for the rules: TS-ESTree shape for TypeScript and JavaScript alike, comments with
// ranges, and scopes from typescript-eslint's scope manager. ESLint's Linter also wants `loc` on every
// node (reports carry it) and a tokens array (the rules read none).
import { analyze } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Linter } from 'eslint';
import type { ParseSync } from './oxc-wasm.js';

import type { Language } from './share.js';

export type { Language };

type Positioned = { type: string; range: [number, number]; loc?: TSESTree.SourceLocation; parent?: unknown };

/** Line starts of a text, counting the line breaks ESLint counts (\n, \r\n, \r, U+2028, U+2029). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function locator(text: string): (offset: number) => TSESTree.Position {
  const starts = lineStarts(text);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! };
  };
}

/** Sets `parent` and `loc` on every node, iteratively (deep code must not overflow the stack). */
function prepare(program: TSESTree.Program, position: (offset: number) => TSESTree.Position): void {
  const stack: Positioned[] = [program as unknown as Positioned];
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.loc = { start: position(node.range[0]), end: position(node.range[1]) };
    const keys = visitorKeys[node.type as keyof typeof visitorKeys] ?? [];
    for (const key of keys) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && 'type' in child) {
          (child as Positioned).parent = node;
          stack.push(child as Positioned);
        }
      }
    }
  }
}

/** An ESLint parser over oxc for one language (the playground's file is `.ts` or `.js`). */
export function oxcEslintParser(parseSync: ParseSync, language: Language): Linter.Parser {
  return {
    meta: { name: 'oxc-wasm', version: '1' },
    parseForESLint(text: string) {
      const fileName = language === 'ts' ? 'playground.ts' : 'playground.js';
      const result = parseSync(fileName, text, { lang: language, sourceType: 'module', astType: 'ts', range: true, preserveParens: false });
      const position = locator(text);
      const first = result.errors[0];
      if (first) {
        // ESLint turns a parser's error into a fatal message at `lineNumber` and (1-based) `column`.
        const at = position(first.labels?.[0]?.start ?? 0);
        throw Object.assign(new SyntaxError(first.message), { lineNumber: at.line, column: at.column + 1 });
      }
      const ast = result.program as TSESTree.Program;
      prepare(ast, position);
      const comments = result.comments.map((c) => ({ type: c.type, value: c.value, range: [c.start, c.end], loc: { start: position(c.start), end: position(c.end) } }));
      Object.assign(ast, { comments, tokens: [] });
      const scopeManager = analyze(ast, { sourceType: 'module', jsxPragma: null, lib: [] });
      return { ast, scopeManager, visitorKeys } as unknown as Linter.ESLintParseResult;
    },
  };
}
