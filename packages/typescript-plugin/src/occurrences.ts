// Dapr code uses in the source: a whole string literal, or an `"errorCode":"X"` / `"reason":"X"` value
// inside JSON text held by a string or template literal.
import { classifyString, daprContextOf, findJsonCodeTokens, looksLikeCodePart, type AppCodes, type CodeUse, type DaprClientSetting, type DaprContext, type DaprTarget, type UseSite } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { contentSpan, forEachStringTokenAt, isWholeString, stringExpressionOf, stringTokenAt, type StringToken } from './string-tokens.js';
import type { TS } from './syntax-kinds.js';
import type { TypeOracle } from './type-oracle.js';
import { handledAlongside } from './handled-alongside.js';
import { useSite } from './sites.js';
import { useSiteOf } from './use-site.js';

export interface Occurrence {
  readonly use: CodeUse;
  readonly site: UseSite;
  /** The string as written: the literal with its quotes, or the JSON value. */
  readonly span: ts.TextSpan;
  /** Where a replacement goes: the literal's content, or the JSON value. */
  readonly valueSpan: ts.TextSpan;
  /** A whole literal's fellow names: the other cases of its switch, strings of its chain or list. */
  readonly alongside?: () => ReadonlySet<string>;
}

/** Classifies a string at a site of a file whose Dapr context is `context` (asked only when it matters). */
export type Classify = (value: string, site: UseSite, context: () => DaprContext) => CodeUse | undefined;

export interface ClassifyContext {
  readonly ts: TS;
  readonly sourceFile: ts.SourceFile;
  readonly types: TypeOracle | undefined;
  readonly classify: Classify;
  /** How much the file shows that it talks to Dapr (`fileContext`: read off its text once per version). */
  readonly context: () => DaprContext;
}

const MEMO_LIMIT = 10_000;

/**
 * `classifyString` with the project's allowed codes and targeted runtime (its suggestions are the names
 * that runtime sends), remembered per (interned) site and string: a file says the same few codes many
 * times, and diagnostics classify every string of a file per edit.
 */
export function createClassifier(allowed: ReadonlySet<string>, target?: DaprTarget, appCodes: AppCodes = 'ignore-distant'): Classify {
  // What an unknown string is can depend on the file's context: remembered per context.
  const byContext = new Map<DaprContext, Map<UseSite, Map<string, CodeUse | null>>>();
  return (value, site, context) => {
    const daprContext = context();
    let bySite = byContext.get(daprContext);
    if (!bySite) byContext.set(daprContext, (bySite = new Map()));
    let memo = bySite.get(site);
    if (!memo) bySite.set(site, (memo = new Map()));
    let use = memo.get(value);
    if (use === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      use = classifyString(value, site, { allowed, appCodes, context, ...(target ? { target } : {}) }) ?? null;
      memo.set(value, use);
    }
    return use ?? undefined;
  };
}

const contexts = new WeakMap<ts.SourceFile, { readonly setting: DaprClientSetting; readonly context: DaprContext }>();

/** A file's Dapr context, read off its text once per version of the file (TypeScript makes a new SourceFile per edit). */
export function fileContext(sourceFile: ts.SourceFile, setting: DaprClientSetting): () => DaprContext {
  return () => {
    const known = contexts.get(sourceFile);
    if (known && known.setting === setting) return known.context;
    const context = daprContextOf(sourceFile.text, setting);
    contexts.set(sourceFile, { setting, context });
    return context;
  };
}

const JSON_KEY = /errorCode|reason/;
// A JSON `"errorCode"` is a response body written out: a (mocked) sidecar answer in a Dapr client.
const JSON_CODE_SITE = useSite({ strength: 'strong', namespace: 'code', envelope: 'json' });
const JSON_REASON_SITE = useSite({ strength: 'strong', namespace: 'reason' });

function wholeStringUse(cx: ClassifyContext, literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): Occurrence | undefined {
  const value = literal.text;
  // "ERROR" is the runtime's one-word fallback code; everything else must be code-shaped (or a part
  // of a code, `ERR_STATE_` in a prefix check: the catalog decides which is which).
  if (!looksLikeCodePart(value) && value !== 'ERROR') return undefined;
  const site = useSiteOf(cx.ts, literal, cx.types);
  const use = site && cx.classify(value, site, cx.context);
  if (!site || !use) return undefined;
  const start = literal.getStart(cx.sourceFile);
  return { use, site, span: { start, length: literal.end - start }, valueSpan: contentSpan(literal, cx.sourceFile), alongside: () => handledAlongside(cx.ts, literal) };
}

function jsonUses(cx: ClassifyContext, token: StringToken): Occurrence[] {
  const start = token.getStart(cx.sourceFile);
  // The raw source text: offsets of escaped JSON (`"{\"errorCode\":\"X\"}"`) map 1:1 onto the file.
  const raw = cx.sourceFile.text.slice(start, token.end);
  if (!raw.includes('"') || !JSON_KEY.test(raw) || useSiteOf(cx.ts, stringExpressionOf(cx.ts, token)) === undefined) return [];
  const out: Occurrence[] = [];
  for (const json of findJsonCodeTokens(raw)) {
    const site = json.key === 'errorCode' ? JSON_CODE_SITE : JSON_REASON_SITE;
    const use = cx.classify(json.value, site, cx.context);
    if (!use) continue;
    const span = { start: start + json.start, length: json.end - json.start };
    out.push({ use, site, span, valueSpan: span });
  }
  return out;
}

function usesIn(cx: ClassifyContext, token: StringToken): Occurrence[] {
  const whole = isWholeString(cx.ts, token) ? wholeStringUse(cx, token) : undefined;
  return whole ? [whole] : jsonUses(cx, token);
}

const contains = (span: ts.TextSpan, position: number) => span.start <= position && position <= span.start + span.length;

/** The use under the cursor, found by descending to the one token there. */
export function occurrenceAt(cx: ClassifyContext, position: number): Occurrence | undefined {
  const token = stringTokenAt(cx.ts, cx.sourceFile, position);
  return token ? usesIn(cx, token).find((o) => contains(o.span, position)) : undefined;
}

// A use needs a quoted code-shaped string (`"ERR_X"`, `'ERROR'`, a part such as `'ERR_STATE_'`) or a JSON `"errorCode"` / `"reason"` key
// (escaped or not). Matches may also fall in comments: they only lead the walk to nearby tokens.
const CANDIDATE = /(["'`])(?:ERROR|_?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]*)+)\1|"(?:errorCode|reason)\\*"/g;

/** Where in a file's text a use may start: the cheap text scan that decides which subtrees to walk. */
export function candidateOffsets(text: string): number[] {
  return Array.from(text.matchAll(CANDIDATE), (m) => m.index);
}

/** Every use in the file, in source order. */
export function occurrencesInFile(cx: ClassifyContext): Occurrence[] {
  const offsets = candidateOffsets(cx.sourceFile.text);
  const out: Occurrence[] = [];
  if (offsets.length === 0) return out;
  forEachStringTokenAt(cx.ts, cx.sourceFile, offsets, (token) => {
    out.push(...usesIn(cx, token));
  });
  return out;
}
