import { allCodes, allReasons, candidatesFor, hoverMarkdown } from '@dapr-codes/catalog';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { completionContextAt, withDaprCompletions, withDaprDetails } from '../src/completions.js';
import { sourceFile } from './helpers.js';

/** The completion context with the cursor at `|` in `code`. */
function contextAt(code: string) {
  const position = code.indexOf('|');
  const text = code.slice(0, position) + code.slice(position + 1);
  return { text, context: completionContextAt(ts, sourceFile(text), position, undefined) };
}
const spanText = (text: string, span: ts.TextSpan) => text.slice(span.start, span.start + span.length);

describe('completionContextAt', () => {
  it.each([
    ['comparison with errorCode', 'if (err.errorCode === "|") {}', { namespace: 'code', prefixes: [''] }, ''],
    ['case of a switch on errorCode', 'switch (err.errorCode) { case "ERR_|": }', { namespace: 'code', prefixes: [''] }, 'ERR_'],
    ['errorCode property', 'const body = { errorCode: \'|\' };', { namespace: 'code', prefixes: [''] }, ''],
    ['ErrorInfo reason', 'if (err.errorInfo.reason === `|`) {}', { namespace: 'reason', prefixes: [''] }, ''],
    ['plain string on its way to a Dapr-only prefix', 'log("ERR_AC|");', { namespace: undefined, prefixes: ['ERR_ACTOR_'] }, 'ERR_AC'],
    ['plain string starting with DAPR_', 'log("DAPR_|");', { namespace: undefined, prefixes: ['DAPR_PUBSUB_', 'DAPR_SCHEDULER_', 'DAPR_STATE_'] }, 'DAPR_'],
    ['text search in a message', 'if (e.message.includes("ERR_|")) {}', { namespace: undefined, prefixes: ['ERR_'] }, 'ERR_'],
  ])('%s', (_, code, offer, content) => {
    const { text, context } = contextAt(code);
    expect(context?.offer).toEqual(offer);
    expect(spanText(text, context!.replacementSpan)).toBe(content);
  });

  it('replaces the whole content when the cursor is in the middle', () => {
    const { text, context } = contextAt('if (err.errorCode === "ERR_ST|ATE_GET") {}');
    expect(spanText(text, context!.replacementSpan)).toBe('ERR_STATE_GET');
  });

  it('replaces what was typed in an unterminated string', () => {
    const { text, context } = contextAt('if (err.errorCode === "ERR_ST|\n) {}');
    expect(spanText(text, context!.replacementSpan)).toBe('ERR_ST');
  });

  it.each([
    ['a plain string', 'log("|");'],
    // issue 11: axios's code, in a position where no Dapr code can appear
    ["axios's err.code", 'if (err.code === "ERR_BAD_REQ|") {}'],
    ['an import', 'import x from "ERR_STATE_|";'],
    ['prose that starts with ERR_', 'log("ERR_ is a prefix|");'],
    ['an enum member', 'enum E { A = "ERR_|" }'],
    ['process.env key', 'process.env["DAPR_|"];'],
    ['a case-folded search', 'msg.toLowerCase().includes("err_|");'],
    ['before the opening quote', 'if (err.errorCode === |"") {}'],
    ['after the closing quote', 'if (err.errorCode === ""|) {}'],
  ])('offers nothing in %s', (_, code) => {
    expect(contextAt(code).context).toBeUndefined();
  });
});

describe('candidatesFor', () => {
  it('offers every code for a code position, every ErrorInfo reason for a reason position', () => {
    expect([...candidatesFor({ namespace: 'code', prefixes: [''] }, undefined).keys()]).toEqual(allCodes.map((c) => c.code));
    expect(candidatesFor({ namespace: 'reason', prefixes: [''] }, undefined).size).toBe(allReasons.filter((r) => r.kind === 'errorinfo-reason').length);
  });

  it('offers the names with the typed prefix', () => {
    const names = [...candidatesFor({ namespace: undefined, prefixes: ['DAPR_'] }, undefined).keys()];
    expect(names.every((n) => n.startsWith('DAPR_'))).toBe(true);
    expect(names).toContain('DAPR_STATE_NOT_FOUND');
    expect(names).toContain('DAPR_SCHEDULER_JOB_NAME');
  });
});

describe('withDaprCompletions', () => {
  const { context } = contextAt('if (err.errorCode === "ERR_TOPIC|") {}');
  const candidates = candidatesFor(context!.offer, undefined);

  it('offers the codes with their category; flagged ones struck through and sorted last', () => {
    const info = withDaprCompletions(ts, undefined, context!, candidates, 'deprecated')!;
    expect(info.isNewIdentifierLocation).toBe(true);
    expect(info.entries).toHaveLength(allCodes.length);
    expect(info.entries.find((e) => e.name === 'ERR_TOPIC_NAME_EMPTY')).toEqual({
      name: 'ERR_TOPIC_NAME_EMPTY',
      kind: 'string',
      kindModifiers: '',
      sortText: '11',
      replacementSpan: context!.replacementSpan,
      labelDetails: { description: 'pubsub' },
    });
    expect(info.entries.find((e) => e.name === 'ERR_TOPIC_EMPTY')).toMatchObject({ kindModifiers: 'deprecated', sortText: '12', labelDetails: { description: 'pubsub · removed' } });
  });

  it('leaves flagged codes out when asked to', () => {
    const info = withDaprCompletions(ts, undefined, context!, candidates, 'hidden')!;
    expect(info.entries.map((e) => e.name)).not.toContain('ERR_TOPIC_EMPTY');
    expect(info.entries.every((e) => e.kindModifiers === '')).toBe(true);
  });

  it("labels TypeScript's own literal completions instead of adding duplicates", () => {
    const base: ts.WithMetadata<ts.CompletionInfo> = {
      isGlobalCompletion: false,
      isMemberCompletion: false,
      isNewIdentifierLocation: false,
      entries: [
        { name: 'ERR_TOPIC_NAME_EMPTY', kind: ts.ScriptElementKind.string, kindModifiers: '', sortText: '11', commitCharacters: [] },
        { name: 'ERR_TOPIC_EMPTY', kind: ts.ScriptElementKind.string, kindModifiers: '', sortText: '11' },
        { name: 'ORDER_LOST', kind: ts.ScriptElementKind.string, kindModifiers: '', sortText: '11' },
      ],
    };
    expect(withDaprCompletions(ts, base, context!, candidates, 'hidden')!.entries).toEqual([
      { name: 'ERR_TOPIC_NAME_EMPTY', kind: 'string', kindModifiers: '', sortText: '11', commitCharacters: [], labelDetails: { description: 'pubsub' } },
      { name: 'ERR_TOPIC_EMPTY', kind: 'string', kindModifiers: 'deprecated', sortText: '11', labelDetails: { description: 'pubsub · removed' } },
      { name: 'ORDER_LOST', kind: 'string', kindModifiers: '', sortText: '11' },
    ]);
  });

  it('gives entry details with the hover text', () => {
    const candidate = candidates.get('ERR_TOPIC_EMPTY')!;
    expect(withDaprDetails(ts, undefined, candidate, undefined)).toEqual({
      name: 'ERR_TOPIC_EMPTY',
      kind: 'string',
      kindModifiers: 'deprecated',
      displayParts: [{ text: '(Dapr error code) ERR_TOPIC_EMPTY', kind: 'text' }],
      documentation: [{ text: hoverMarkdown(candidate.use, undefined), kind: 'text' }],
      tags: [],
    });
  });
});
