// Which tsserver the plugin runs in: a full (semantic) server, or a syntax-only one that answers while the
// full one loads the project.
import type * as ts from 'typescript';
import type { TS } from './syntax-kinds.js';

/**
 * A tsserver started with `--serverMode partialSemantic` or `syntactic` (VS Code's syntax server) answers
 * hovers and completions only while the full server loads the project, and editors send `configurePlugin`
 * to the full server only: there the plugin would answer a second time beside the language server that
 * the editor runs instead. So it serves nothing there until options are pushed to it.
 */
export function isSyntaxOnly(t: TS, project: ts.server.Project): boolean {
  const mode = project.projectService.serverMode;
  return mode === t.LanguageServiceMode.PartialSemantic || mode === t.LanguageServiceMode.Syntactic;
}

/** Options as pushed by an editor (`configurePlugin`), not the `{ name, global }` entry tsserver makes for a global plugin. */
export const isPushed = (config: unknown): boolean => typeof config === 'object' && config !== null && Object.keys(config).some((key) => key !== 'name' && key !== 'global');

/** The features a silent plugin turns off. */
export const SILENT = { hover: false, completions: false, diagnostics: false } as const;
