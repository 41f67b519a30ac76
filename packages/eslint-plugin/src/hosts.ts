// For editor hosts (the language server): the ESTree adapter the rules use, so that hovers and
// completions decide where a string is a Dapr code exactly as the rules do, with no second adapter.
import type { codeSites } from './utils/code-sites.js';

export { codeSites, literalSite, mayHoldCode, type CodeLiteral, type CodeSite } from './utils/code-sites.js';
export { literalValue } from './utils/node-shapes.js';
export { semicolonStyle } from './utils/file-style.js';

/** What the adapter reads of a rule context: `sourceCode` (text, scopes, parser services). */
export type SiteContext = Parameters<typeof codeSites>[1];
