// Hover on a Dapr code or reason: the catalog's hover text, at the positions the rules decide.
import { classifyString, hoverDocument, isKnownUse, type EditorOptions } from '@dapr-codes/catalog';
import { codeSites, type SiteContext } from '@dapr-codes/eslint-plugin/hosts';
import type { Hover } from 'vscode-languageserver';
import { rangeOf } from './diagnostics.js';
import { stringLiteralAt } from '../parsing/node-at.js';
import type { ParsedFile } from '../parsing/parse.js';
import { sourceCodeOf } from '../analysis/source-code.js';

export function siteContextOf(file: ParsedFile): SiteContext {
  return { sourceCode: sourceCodeOf(file) } as unknown as SiteContext;
}

export function hoverAt(file: ParsedFile, offset: number, options: EditorOptions): Hover | null {
  const literal = stringLiteralAt(file.ast, offset);
  if (!literal) return null;
  const version = options.daprVersion;
  for (const site of codeSites(literal, siteContextOf(file))) {
    if (offset < site.range[0] || offset > site.range[1]) continue;
    const use = classifyString(site.value, site.site, { allowed: options.allowedCodes, ...(version ? { version } : {}) });
    if (!use || !isKnownUse(use)) return null;
    return { contents: { kind: 'markdown', value: hoverDocument(use, version) }, range: rangeOf(file.lines, site.range[0], site.range[1]) };
  }
  return null;
}
