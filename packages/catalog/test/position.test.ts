import { describe, expect, it } from 'vitest';
import { siteOfPosition, siteOfSwitchCases, type NameChain, type Position } from '../src/index.js';

const chain = (...names: string[]): NameChain => ({ names });

describe('siteOfPosition', () => {
  it.each<[string, Position, ReturnType<typeof siteOfPosition>]>([
    ['compared with errorCode', { kind: 'compared', with: chain('errorCode', 'body') }, { strength: 'strong', namespace: 'code' }],
    ['compared with errorInfo.reason', { kind: 'compared', with: chain('reason', 'errorInfo', 'd') }, { strength: 'strong', namespace: 'reason' }],
    ['compared with a plain reason', { kind: 'compared', with: chain('reason', 'x') }, { strength: 'weak', namespace: 'reason' }],
    ['compared with a message', { kind: 'compared', with: chain('message', 'e') }, { strength: 'weak' }],
    ['compared with err.code (Node, axios)', { kind: 'compared', with: chain('code', 'err') }, { strength: 'bare' }],
    ['searched in a case-folded message', { kind: 'searched-in', receiver: { names: ['msg'], fold: 'lower' } }, { strength: 'weak', fold: 'lower', search: true }],
    ['assigned to errorCode', { kind: 'assigned', to: chain('errorCode', 'res') }, { strength: 'strong', namespace: 'code' }],
    ['assigned to a message: not a search', { kind: 'assigned', to: chain('message') }, { strength: 'bare' }],
    ['listed for errorCode', { kind: 'listed-for', value: chain('errorCode', 'body') }, { strength: 'strong', namespace: 'code' }],
    ['errorCode property', { kind: 'property', key: 'errorCode', errorInfoNearby: false }, { strength: 'strong', namespace: 'code', envelope: 'object' }],
    ['reason property next to ErrorInfo', { kind: 'property', key: 'reason', errorInfoNearby: true }, { strength: 'strong', namespace: 'reason' }],
    ['other property', { kind: 'property', key: 'label', errorInfoNearby: false }, { strength: 'bare' }],
    ['catalog argument', { kind: 'catalog-argument', namespace: 'reason' }, { strength: 'strong', namespace: 'reason' }],
    ['class field of the app', { kind: 'class-field', key: 'SIDECAR' }, undefined],
    ['class field named errorCode', { kind: 'class-field', key: 'errorCode' }, { strength: 'strong', namespace: 'code' }],
    ['never', { kind: 'never' }, undefined],
    ['anything else', { kind: 'other' }, { strength: 'bare' }],
  ])('%s', (_, position, expected) => {
    expect(siteOfPosition(position)).toEqual(expected);
  });

  it('asks type information only when the syntax decides nothing', () => {
    let asked = 0;
    const typed = () => (asked++, 'code' as const);
    expect(siteOfPosition({ kind: 'compared', with: chain('errorCode') }, typed)).toEqual({ strength: 'strong', namespace: 'code' });
    expect(asked).toBe(0);
    expect(siteOfPosition({ kind: 'other' }, typed)).toEqual({ strength: 'strong', namespace: 'code' });
    expect(siteOfPosition({ kind: 'class-field', key: 'x' }, typed)).toEqual({ strength: 'strong', namespace: 'code' });
    expect(asked).toBe(2);
  });
});

describe('siteOfSwitchCases', () => {
  it('recognises a switch over Dapr codes by its cases', () => {
    expect(siteOfSwitchCases(['ERR_CONVERSATION_INVOKE', 'ERR_CONVERSATION_NOT_FOUND'])).toEqual({ strength: 'strong', namespace: 'code' });
    expect(siteOfSwitchCases(['DAPR_STATE_NOT_FOUND', 'DAPR_STATE_NOTFOUND'])).toEqual({ strength: 'strong', namespace: 'reason' });
  });
  it.each([[['ERR_BAD_REQUEST', 'ERR_NETWORK']], [['a', 'ERR_STATE_GET']], [['ERR_ORDER_LOST']], [[]]])('not for %j', (values) => {
    expect(siteOfSwitchCases(values)).toBeUndefined();
  });
});
