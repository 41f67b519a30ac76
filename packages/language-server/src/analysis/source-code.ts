// The part of ESLint's `SourceCode` the Dapr rules use, over an oxc tree: text, lines, locations,
// comments and scopes (no tokens, no type information).
import type { Scope } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import type { ParsedFile } from '../parsing/parse.js';

export interface SourceCodeLike {
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly lines: readonly string[];
  readonly parserServices: Record<string, never>;
  readonly scopeManager: ParsedFile['scopeManager'];
  getText(node?: { range: readonly [number, number] }): string;
  getLocFromIndex(index: number): TSESTree.Position;
  getIndexFromLoc(loc: TSESTree.Position): number;
  getCommentsInside(node: { range: readonly [number, number] }): TSESTree.Comment[];
  getScope(node: TSESTree.Node): Scope;
  getDeclaredVariables(node: TSESTree.Node): readonly Scope['variables'][number][];
}

const made = new WeakMap<ParsedFile, SourceCodeLike>();

/** The file's SourceCode, one per parsed file: the rules and the hover/completion share it. */
export function sourceCodeOf(file: ParsedFile): SourceCodeLike {
  let sourceCode = made.get(file);
  if (!sourceCode) made.set(file, (sourceCode = createSourceCode(file)));
  return sourceCode;
}

function createSourceCode(file: ParsedFile): SourceCodeLike {
  const { text, ast, comments, scopeManager, lines } = file;
  let lineTexts: string[] | undefined;
  return {
    text,
    ast,
    get lines() {
      return (lineTexts ??= lines.lineTexts);
    },
    parserServices: {},
    scopeManager,
    getText: (node) => (node ? text.slice(node.range[0], node.range[1]) : text),
    getLocFromIndex: (index) => lines.eslintPosition(index),
    getIndexFromLoc: (loc) => lines.eslintOffset(loc),
    getCommentsInside: (node) => comments.filter((c) => c.range[0] >= node.range[0] && c.range[1] <= node.range[1]),
    // As ESLint: the innermost scope of the node or an ancestor; a function expression's own name scope
    // stands for the function's scope.
    getScope(node) {
      for (let cur: TSESTree.Node | undefined = node; cur; cur = cur.parent) {
        const scope = scopeManager.acquire(cur, true);
        if (scope) return scope.type === 'function-expression-name' ? scope.childScopes[0]! : scope;
      }
      return scopeManager.globalScope!;
    },
    getDeclaredVariables: (node) => scopeManager.getDeclaredVariables(node),
  };
}
