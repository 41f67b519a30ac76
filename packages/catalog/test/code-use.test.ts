import { describe, expect, it } from 'vitest';
import { classifyString, DAPR_ONLY_PREFIXES, findJsonCodeTokens, hasDaprOnlyPrefix, namespaceOfName, unknownCodeMessage, type UseSite } from '../src/index.js';

const strongCode: UseSite = { strength: 'strong', namespace: 'code' };
const strongReason: UseSite = { strength: 'strong', namespace: 'reason' };
const weak: UseSite = { strength: 'weak' };
const bare: UseSite = { strength: 'bare' };
const kind = (value: string, site: UseSite) => classifyString(value, site)?.kind;

describe('Dapr-only prefixes', () => {
  it('are decided from the data: building-block words, 4+ strings, no foreign code', () => {
    expect(DAPR_ONLY_PREFIXES).toEqual([
      'DAPR_PUBSUB_', 'DAPR_SCHEDULER_', 'DAPR_STATE_', 'ERR_ACTOR_', 'ERR_CONFIGURATION_', 'ERR_CONVERSATION_', 'ERR_PUBSUB_', 'ERR_SECRET_', 'ERR_STATE_', 'ERR_WORKFLOW_',
    ]);
    expect(hasDaprOnlyPrefix('ERR_CRYPTO_KEY')).toBe(false); // Node owns ERR_CRYPTO_*
    expect(hasDaprOnlyPrefix('DAPR_HTTP_PORT')).toBe(false);
  });
});

describe('namespaceOfName', () => {
  it.each([
    ['errorCode', 'code'], ['error_code', 'code'], ['ErrorCode', 'code'], ['daprErrorCode', 'code'], ['expected_error_code', 'code'],
    ['reason', 'reason'], ['code', undefined], ['errorCodes', undefined], ['message', undefined], ['status', undefined],
  ])('%s -> %s', (name, ns) => {
    expect(namespaceOfName(name)).toBe(ns);
  });
});

describe('classifyString: hits', () => {
  it('finds known codes, reasons and old names where the position says so', () => {
    expect(classifyString('ERR_STATE_GET', strongCode)).toMatchObject({ kind: 'code', entry: { category: 'state' } });
    expect(kind('ERR_BAD_REQUEST', strongCode)).toBe('code'); // Dapr's, when compared with errorCode
    expect(kind('ERROR', strongCode)).toBe('code');
    expect(kind('DAPR_STATE_NOT_FOUND', strongReason)).toBe('reason');
    expect(kind('SCHEDULER_JOB_NAME', strongCode)).toBe('former-code');
    expect(kind('ERR_TOPIC_EMPTY', bare)).toBe(undefined); // no Dapr-only prefix: not a use on its own
    expect(kind('ERR_ACTOR_REMINDER_GET', bare)).toBe('code');
    expect(kind('DAPR_SCHEDULER_JOB_NAME', bare)).toBe('reason'); // a reason and a code: reason first for DAPR_
    expect(kind('ERR_DIRECT_INVOKE', weak)).toBe('code');
  });

  it('folds case where the comparison does', () => {
    expect(classifyString('err_direct_invoke', { strength: 'weak', fold: 'lower' })).toMatchObject({ kind: 'code', value: 'ERR_DIRECT_INVOKE' });
    expect(classifyString('err_direct_invoke', strongCode)).toMatchObject({ kind: 'unknown', suggestions: ['ERR_DIRECT_INVOKE'] });
  });

  it('reports unknown strings with suggestions, and Dapr-shaped ones in strong positions', () => {
    expect(classifyString('ERR_STATE_STORE_NOTFOUND', bare)).toMatchObject({ kind: 'unknown', suggestions: ['ERR_STATE_STORE_NOT_FOUND'] });
    expect(classifyString('STATE_STORE_NOT_FOUND', strongCode)).toMatchObject({ kind: 'unknown', suggestions: ['ERR_STATE_STORE_NOT_FOUND'] });
    // far from every Dapr code: the app's own code unless appCodes is 'report'
    expect(classifyString('ERR_ORDER_NOT_FOUND', strongCode)).toBeUndefined();
    expect(classifyString('ERR_ORDER_NOT_FOUND', strongCode, { appCodes: 'report' })).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(classifyString('ERR_STATE_ORDER_LOST', strongCode)).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(classifyString('ERR_PUBSUB_NOT_FOUN', weak)).toMatchObject({ kind: 'unknown', suggestions: ['ERR_PUBSUB_NOT_FOUND'] });
  });

  it('tells a reason used as an errorCode (and back) which name belongs there', () => {
    const r = classifyString('DAPR_STATE_NOT_FOUND', strongCode);
    expect(r).toMatchObject({ kind: 'unknown', suggestions: ['ERR_STATE_STORE_NOT_FOUND'] });
    expect(unknownCodeMessage(r as never)).toBe("'DAPR_STATE_NOT_FOUND' is an ErrorInfo reason, not an errorCode; here use 'ERR_STATE_STORE_NOT_FOUND'.");
    const c = classifyString('ERR_PUBSUB_NOT_FOUND', strongReason);
    expect(c).toMatchObject({ kind: 'unknown', suggestions: ['DAPR_PUBSUB_NOT_FOUND', 'DAPR_PUBSUB_TEST_NOT_FOUND'] });
  });
});

describe('classifyString: traps stay silent', () => {
  it.each([
    ['axios code, bare', 'ERR_BAD_REQUEST', bare],
    ['axios code in a message search', 'ERR_BAD_REQUEST', weak],
    ['axios network', 'ERR_NETWORK', strongCode],
    ['Node core code', 'ERR_INVALID_ARG_TYPE', strongCode],
    ['Node crypto code', 'ERR_CRYPTO_INVALID_DIGEST', bare],
    ['pnpm code', 'ERR_PNPM_OUTDATED_LOCKFILE', strongCode],
    ['Dapr env var', 'DAPR_HTTP_PORT', strongCode],
    ['app env var', 'DAPR_PUBSUB_NAME', bare],
    ['SDK sidecar message', 'DAPR_SIDECAR_COULD_NOT_BE_STARTED', strongCode],
    ['app code without Dapr shape', 'ORDER_NOT_FOUND', strongCode],
    ['app code, bare', 'ERR_ORDER_NOT_FOUND', bare],
    ['app code in a message search', 'ERR_ORDER_NOT_FOUND', weak],
    ['app code under a Dapr prefix, nothing close', 'ERR_STATE_MACHINE_STUCK', bare],
    ['prose', 'state store not found', strongCode],
    ['one word', 'TIMEOUT', strongCode],
    ['empty', '', strongCode],
    ['huge', `ERR_${'A'.repeat(10_000)}`, strongCode],
    ['non-ASCII', 'ERR_STATE_GÉT', strongCode],
  ])('%s: %s', (_, value, site) => {
    expect(classifyString(value, site)).toBeUndefined();
  });

  it('leaves allowed project codes alone', () => {
    expect(classifyString('ERR_STATE_STORE_NOTFOUND', bare, { allowed: new Set(['ERR_STATE_STORE_NOTFOUND']) })).toBeUndefined();
  });
});

describe('findJsonCodeTokens', () => {
  it('finds errorCode and reason values in JSON text with their offsets', () => {
    const text = '{"errorCode": "ERR_STATE_GET", "details": [{"reason":"DAPR_STATE_NOT_FOUND"}]}';
    const tokens = findJsonCodeTokens(text);
    expect(tokens.map((t) => [t.key, t.value, text.slice(t.start, t.end)])).toEqual([
      ['errorCode', 'ERR_STATE_GET', 'ERR_STATE_GET'],
      ['reason', 'DAPR_STATE_NOT_FOUND', 'DAPR_STATE_NOT_FOUND'],
    ]);
  });

  it('finds them escaped once (JS source) or twice (an SDK error_msg)', () => {
    const src = String.raw`"{\"errorCode\":\"ERR_TOPIC_EMPTY\"}"`;
    expect(findJsonCodeTokens(src).map((t) => src.slice(t.start, t.end))).toEqual(['ERR_TOPIC_EMPTY']);
    const sdk = JSON.stringify({ error: 'Bad Request', error_msg: JSON.stringify({ errorCode: 'ERR_PUBSUB_NOT_FOUND' }) });
    expect(findJsonCodeTokens(sdk).map((t) => t.value)).toEqual(['ERR_PUBSUB_NOT_FOUND']);
  });

  it('ignores other keys and odd input', () => {
    expect(findJsonCodeTokens('{"code":"ERR_STATE_GET","errorCodes":"x"}')).toEqual([]);
    expect(findJsonCodeTokens(undefined as unknown as string)).toEqual([]);
    expect(findJsonCodeTokens('"errorCode":')).toEqual([]);
  });
});

describe('position vocabulary', () => {
  it('knows message receivers, ErrorInfo markers and literal-union types', async () => {
    const m = await import('../src/index.js');
    expect(['message', 'msg', 'error_msg', 'errorMessage', 'text', 'body'].every(m.isMessageName)).toBe(true);
    expect(['code', 'name', 'status', 'messages'].some(m.isMessageName)).toBe(false);
    expect(m.isErrorInfoType('type.googleapis.com/google.rpc.ErrorInfo')).toBe(true);
    expect(m.isErrorInfoType('type.googleapis.com/google.rpc.ResourceInfo')).toBe(false);
    expect(m.isErrorInfoName('errorInfo')).toBe(true);
    expect(m.namespaceOfLiteralUnion(['ERR_STATE_GET', 'ERR_STATE_SAVE'])).toBe('code');
    expect(m.namespaceOfLiteralUnion(['DAPR_STATE_NOT_FOUND', 'DAPR_PUBSUB_NOT_FOUND'])).toBe('reason');
    expect(m.namespaceOfLiteralUnion(['ERR_STATE_GET', 'ORDER_LOST'])).toBeUndefined();
    expect(m.namespaceOfLiteralUnion(['ERR_STATE_GET'])).toBeUndefined();
    expect(m.CATALOG_FUNCTIONS['getCode']).toBe('code');
  });
});
