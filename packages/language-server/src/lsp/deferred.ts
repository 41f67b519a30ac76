// Everything the server does beyond speaking LSP, loaded after `initialize` is answered: the catalog,
// the rules, the parser and the scope manager take longer to load than an editor should wait for.
export { analyze, type Analysis, type Outline } from '../analysis/analysis.js';
export { codeActionsFor } from '../features/code-actions.js';
export { completionAt, resolveCompletion } from '../features/completion.js';
export { configDiagnostic, rangeOf, toDiagnostic } from '../features/diagnostics.js';
export { hoverAt } from '../features/hover.js';
export { notAnalysedDiagnostic } from '../features/not-analysed.js';
export { LineTable } from '../parsing/line-table.js';
export { isSupportedFile, parseFile, type ParsedFile, type Span } from '../parsing/parse.js';
export { parseAround } from '../analysis/reanalysis.js';
export { brokenVersion, treeInBroken, type BrokenVersion } from '../analysis/broken-version.js';
export { createSettingsResolver, editorOptionsOf, UNTITLED, type DocumentSettings } from '../config/settings.js';
