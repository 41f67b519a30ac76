import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { candidateOffsets, createClassifier, fileContext, occurrenceAt, occurrencesInFile, type ClassifyContext } from '../src/occurrences.js';
import { contentSpan, stringTokenAt } from '../src/string-tokens.js';
import { useSite } from '../src/sites.js';
import { sourceFile, tokenWith } from './helpers.js';

const context = (text: string, allowed: readonly string[] = []): ClassifyContext => {
  const file = sourceFile(text);
  return { ts, sourceFile: file, types: undefined, classify: createClassifier(new Set(allowed)), context: fileContext(file, 'auto') };
};
const spanText = (text: string, span: ts.TextSpan) => text.slice(span.start, span.start + span.length);

describe('stringTokenAt', () => {
  const text = 'const a = "ERR_STATE_GET"; // "ERR_STATE_SAVE"\nconst b = `x`;';

  it('finds the literal from its opening quote to its last character', () => {
    const open = text.indexOf('"ERR_STATE_GET"');
    expect(stringTokenAt(ts, sourceFile(text), open)?.getText()).toBe('"ERR_STATE_GET"');
    expect(stringTokenAt(ts, sourceFile(text), open + 14)?.getText()).toBe('"ERR_STATE_GET"');
    expect(stringTokenAt(ts, sourceFile(text), open + 15)).toBeUndefined();
    expect(stringTokenAt(ts, sourceFile(text), open - 1)).toBeUndefined();
  });

  it('never finds strings in comments', () => {
    expect(stringTokenAt(ts, sourceFile(text), text.indexOf('ERR_STATE_SAVE'))).toBeUndefined();
  });

  it('finds an unterminated string at its end, where the cursor is while typing', () => {
    const typing = 'if (body.errorCode === "ERR_ST\n}';
    const file = sourceFile(typing);
    const end = typing.indexOf('\n');
    const literal = stringTokenAt(ts, file, end);
    expect(literal?.getText()).toBe('"ERR_ST');
    expect(spanText(typing, contentSpan(literal as ts.StringLiteral, file))).toBe('ERR_ST');
  });

  it('gives the content span without quotes', () => {
    const file = sourceFile(text);
    expect(spanText(text, contentSpan(tokenWith(file, 'ERR_STATE_GET') as ts.StringLiteral, file))).toBe('ERR_STATE_GET');
  });
});

describe('occurrences', () => {
  it('finds whole-string uses with the literal span and the content as value span', () => {
    const text = 'if (body.errorCode === "ERR_TOPIC_EMPTY") {}';
    const [o] = occurrencesInFile(context(text));
    expect(o).toMatchObject({ use: { kind: 'code', value: 'ERR_TOPIC_EMPTY' }, site: { strength: 'strong', namespace: 'code' } });
    expect(spanText(text, o!.span)).toBe('"ERR_TOPIC_EMPTY"');
    expect(spanText(text, o!.valueSpan)).toBe('ERR_TOPIC_EMPTY');
  });

  it('finds JSON values in strings, escaped or in template parts, at their source offsets', () => {
    const text = String.raw`const a = "{\"errorCode\":\"ERR_STATE_GET\"}"; const b = ` + '`{"reason":"DAPR_STATE_NOT_FOUND","x":"${x}","errorCode":"ERR_PUBSUB_NOT_FOUN"}`;';
    const found = occurrencesInFile(context(text)).map((o) => [o.use.kind, spanText(text, o.span), spanText(text, o.valueSpan)]);
    expect(found).toEqual([
      ['code', 'ERR_STATE_GET', 'ERR_STATE_GET'],
      ['reason', 'DAPR_STATE_NOT_FOUND', 'DAPR_STATE_NOT_FOUND'],
      ['unknown', 'ERR_PUBSUB_NOT_FOUN', 'ERR_PUBSUB_NOT_FOUN'],
    ]);
  });

  it('picks the use under the cursor', () => {
    const text = 'const a = \'{"errorCode":"ERR_STATE_GET","reason":"DAPR_STATE_NOT_FOUND"}\';';
    const cx = context(text);
    expect(occurrenceAt(cx, text.indexOf('DAPR_STATE') + 3)?.use.value).toBe('DAPR_STATE_NOT_FOUND');
    expect(occurrenceAt(cx, text.indexOf('ERR_STATE') + 3)?.use.value).toBe('ERR_STATE_GET');
    expect(occurrenceAt(cx, text.indexOf('errorCode'))).toBeUndefined();
  });

  it('respects allowed codes', () => {
    const text = 'import { DaprClient } from "@dapr/dapr";\nconst body = { errorCode: "ERR_STATE_ORDER_LOST" };';
    expect(occurrencesInFile(context(text)).map((o) => o.use.kind)).toEqual(['unknown']);
    expect(occurrencesInFile(context(text, ['ERR_STATE_ORDER_LOST']))).toEqual([]);
  });

  it('stays silent on the traps', () => {
    const text = [
      'declare const process: { env: Record<string, string | undefined> };',
      'enum AppError { ERR_STATE_MACHINE = "ERR_STATE_MACHINE" }',
      'class DaprError { code: "ORDER_LOST" | "ORDER_LATE" = "ORDER_LOST"; }',
      '// if (body.errorCode === "ERR_STATE_STORE_NOTFOUND")',
      'if (err.code === "ERR_BAD_REQUEST" || err.code === "ERR_NETWORK" || err.code === "ERR_INVALID_ARG_TYPE") {}',
      'if (err.message.includes("ERR_BAD_REQUEST") || err.message.includes("ERR_PNPM_OUTDATED_LOCKFILE")) {}',
      'if (err.errorCode === "DAPR_SIDECAR_COULD_NOT_BE_STARTED" || err.errorCode === "ERR_PNPM_OUTDATED_LOCKFILE") {}',
      'const port = process.env.DAPR_HTTP_PORT ?? process.env["DAPR_HTTP_PORT"];',
      'const env = { DAPR_HTTP_PORT: "3500", name: "DAPR_HTTP_PORT" };',
    ].join('\n');
    expect(occurrencesInFile(context(text))).toEqual([]);
  });
});

describe('candidateOffsets', () => {
  it.each([
    ['a quoted code', 'x === "ERR_STATE_GET"', [6]],
    ['single quotes, a template, the fallback code', "a('STATE_STORE_NOT_FOUND', `ERR_X`, 'ERROR')", [2, 27, 36]],
    // The key of plain JSON, its code-shaped value, the key of escaped JSON.
    ['JSON, plain and escaped', String.raw`'{"errorCode":"ERR_X"}', "{\"reason\":1}"`, [2, 14, 28]],
    ['names and comments without quotes', 'const port = process.env.DAPR_HTTP_PORT; // errorCode reason ERR_STATE_GET', []],
    ['prose and plain strings', "const a = 'state store not found', b = 'open', c = `svc-${id}`;", []],
  ])('%s', (_, text, offsets) => {
    expect(candidateOffsets(text)).toEqual(offsets);
  });

  it('lead the walk only to the tokens that contain them', () => {
    const text = 'const a = "ERR_STATE_GET";\nconst b = "ERR_STATE_SAVE";\n// "ERR_PUBSUB_NOT_FOUN"\nconst c = "ERR_PUBSUB_NOT_FOUN";';
    const cx = context(text);
    expect(occurrencesInFile(cx).map((o) => o.use.value)).toEqual(['ERR_STATE_GET', 'ERR_STATE_SAVE', 'ERR_PUBSUB_NOT_FOUN']);
  });
});

describe('createClassifier', () => {
  it('remembers a classification per site and string', () => {
    const classify = createClassifier(new Set(['ERR_ORDER_LOST']));
    const mentions = () => 'mentions' as const;
    const site = useSite({ strength: 'strong', namespace: 'code' });
    const first = classify('ERR_STATE_GET', site, mentions);
    expect(first).toMatchObject({ kind: 'code', value: 'ERR_STATE_GET' });
    expect(classify('ERR_STATE_GET', site, mentions)).toBe(first);
    expect(classify('ERR_PUBSUB_NOT_FOUND', useSite({ strength: 'strong', namespace: 'reason' }), mentions)).toMatchObject({ kind: 'unknown', otherNamespace: { code: 'ERR_PUBSUB_NOT_FOUND' } });
    expect(classify('ERR_ORDER_LOST', site, mentions)).toBeUndefined();
    // far from every Dapr code: the app's own, unless appCodes is 'report'
    expect(classify('ERR_ORDER_LOSS', site, mentions)).toBeUndefined();
    expect(createClassifier(new Set(), undefined, 'report')('ERR_ORDER_LOSS', site, mentions)).toMatchObject({ kind: 'unknown' });
    expect(classify('ERR_STATE_ORDER_LOSS', site, mentions)).toMatchObject({ kind: 'unknown' });
  });

  it('interns sites, so equal sites are the same object', () => {
    expect(useSite({ strength: 'weak', fold: 'lower' })).toBe(useSite({ fold: 'lower', strength: 'weak' }));
    expect(useSite({ strength: 'weak', fold: 'lower', search: true })).toEqual({ strength: 'weak', fold: 'lower', search: true });
    expect(useSite({ strength: 'bare' })).toEqual({ strength: 'bare' });
  });
});
