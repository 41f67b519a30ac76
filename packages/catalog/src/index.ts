export type * from './codes.js';
export type * from './types.js';
export {
  CODES_BY_CATEGORY,
  CURRENT_CODES,
  CURRENT_REASONS,
  DOCS_ONLY_CODES,
  META,
  REMOVED_CODES,
  REMOVED_REASONS,
  WORKFLOW_FAILURE_TYPES,
} from './generated/data.js';
export * from './lookup.js';
export * from './versions.js';
export * from './targets/spec.js';
export * from './targets/target.js';
export * from './targets/coverage.js';
export * from './suggest.js';
export * from './parse-error.js';
export * from './code-use.js';
export * from './dapr-context.js';
export * from './problems.js';
export * from './position.js';
export * from './assertions.js';
export * from './code-parts.js';
export * from './site-urls.js';
export * from './editor/completion.js';
export * from './editor/diagnostic-codes.js';
export * from './editor/fix-titles.js';
export * from './editor/hover.js';
export * from './editor/not-analysed.js';
export * from './editor/options.js';
export * from './config-text.js';
