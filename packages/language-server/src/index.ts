// Host-neutral entry points of the language server, for tests and tools: analyse a text as the server
// would, without a connection.
export { analyze, type Analysis, type Outline } from './analysis/analysis.js';
export { brokenVersion, treeInBroken } from './analysis/broken-version.js';
export { completionAt, resolveCompletion } from './features/completion.js';
export { codeActionsFor } from './features/code-actions.js';
export { toDiagnostic } from './features/diagnostics.js';
export { hoverAt } from './features/hover.js';
export { LineTable } from './parsing/line-table.js';
export type { LintMessage } from './analysis/lint-runner.js';
export { isSupportedFile, parseFile, SUPPORTED_EXTENSIONS } from './parsing/parse.js';
