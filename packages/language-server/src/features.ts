// Everything the server does beyond speaking LSP, loaded after `initialize` is answered: the catalog,
// the rules, the parser and the scope manager take longer to load than an editor should wait for.
export { analyze, type Analysis, type Outline } from './analysis.js';
export { codeActionsFor } from './code-actions.js';
export { completionAt, resolveCompletion } from './completion.js';
export { configDiagnostic, rangeOf, toDiagnostic } from './diagnostics.js';
export { hoverAt } from './hover.js';
export { LineTable } from './line-table.js';
export { isSupportedFile, parseFile, type ParsedFile, type Span } from './parse.js';
export { parseAround } from './reanalysis.js';
export { createSettingsResolver, editorOptionsOf, type DocumentSettings } from './settings.js';
