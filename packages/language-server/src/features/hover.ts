// Hover on a Dapr code or reason: the catalog's hover text, at the positions the rules decide.
import { classifyString, hoverDocument, isKnownUse, type DaprTarget, type EditorOptions } from '@dapr-codes/catalog';
import { codeSites, type SiteContext } from '@dapr-codes/eslint-plugin/hosts';
import type { Hover } from 'vscode-languageserver';
import { rangeOf } from './diagnostics.js';
import { stringLiteralAt } from '../parsing/node-at.js';
import type { ParsedFile } from '../parsing/parse.js';
import { sourceCodeOf } from '../analysis/source-code.js';

export function siteContextOf(file: ParsedFile): SiteContext {
  return { sourceCode: sourceCodeOf(file) } as unknown as SiteContext;
}

/** What the server knows of the file's runtimes: the target, and the versions found but not checked. */
export interface Runtimes {
  readonly target: DaprTarget | undefined;
  readonly problems: readonly string[];
}

export const NO_RUNTIMES: Runtimes = { target: undefined, problems: [] };

export function hoverAt(file: ParsedFile, offset: number, options: EditorOptions, runtimes: Runtimes = NO_RUNTIMES): Hover | null {
  const literal = stringLiteralAt(file.ast, offset);
  if (!literal) return null;
  const { target } = runtimes;
  for (const site of codeSites(literal, siteContextOf(file))) {
    if (offset < site.range[0] || offset > site.range[1]) continue;
    const use = classifyString(site.value, site.site, { allowed: options.allowedCodes, ...(target ? { target } : {}) });
    if (!use || !isKnownUse(use)) return null;
    return { contents: { kind: 'markdown', value: hoverDocument(use, target, runtimes.problems) }, range: rangeOf(file.lines, site.range[0], site.range[1]) };
  }
  return null;
}
