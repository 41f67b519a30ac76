// Host-neutral entry points of the language server, for tests and tools: analyse a text as the server
// would, without a connection.
export { analyze, type Analysis, type Outline } from './analysis.js';
export { completionAt, resolveCompletion } from './completion.js';
export { codeActionsFor } from './code-actions.js';
export { toDiagnostic } from './diagnostics.js';
export { hoverAt } from './hover.js';
export { LineTable } from './line-table.js';
export type { LintMessage } from './lint-runner.js';
export { isSupportedFile, parseFile, SUPPORTED_EXTENSIONS } from './parse.js';
