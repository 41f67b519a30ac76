import { describe, expect, it } from 'vitest';
import { positionOfAssertion, siteOfPosition, type AssertionCall, type NameChain } from '../src/index.js';

const chain = (...names: string[]): NameChain => ({ names });
const assertCall = (method: string, index: number, args: (NameChain | undefined)[], strings: (string | undefined)[] = []): AssertionCall => ({
  style: 'assert',
  method,
  index,
  count: args.length,
  argument: (i) => args[i],
  stringArgument: (i) => strings[i],
});
const matcher = (method: string, index: number, actual: NameChain | undefined, strings: (string | undefined)[] = []): AssertionCall => ({ style: 'matcher', method, index, actual: () => actual, stringArgument: (i) => strings[i] });
const site = (call: AssertionCall) => {
  const position = positionOfAssertion(call);
  return position && siteOfPosition(position);
};
const strongCode = { strength: 'strong', namespace: 'code' };

describe('positionOfAssertion', () => {
  it.each([
    ['assert.equal(res.errorCode, S)', assertCall('equal', 1, [chain('errorCode', 'res'), undefined]), strongCode],
    ['assert.strictEqual(S, res.errorCode)', assertCall('strictEqual', 0, [undefined, chain('errorCode', 'res')]), strongCode],
    ['t.is(res.errorCode, S)', assertCall('is', 1, [chain('errorCode', 'res'), undefined]), strongCode],
    ['assert.propertyVal(body, "errorCode", S)', assertCall('propertyVal', 2, [chain('body'), undefined, undefined], [undefined, 'errorCode']), strongCode],
    ['assert.include(err.message, S)', assertCall('include', 1, [chain('message', 'err'), undefined]), { strength: 'weak', search: true }],
    ['expect(err.errorCode).toBe(S)', matcher('toBe', 0, chain('errorCode', 'err')), strongCode],
    ['expect(x).to.equal(S)', matcher('equal', 0, chain('errorCode')), strongCode],
    ['expect(body).toHaveProperty("errorCode", S)', matcher('toHaveProperty', 1, chain('body'), ['errorCode']), strongCode],
    ['expect(body).toHaveProperty("res.errorCode", S)', matcher('toHaveProperty', 1, chain('body'), ['res.errorCode']), strongCode],
    ['expect(msg).toContain(S)', matcher('toContain', 0, chain('msg')), { strength: 'weak', search: true }],
    ['expect(err.code).toBe(S): not a Dapr code position', matcher('toBe', 0, chain('code', 'err')), { strength: 'bare' }],
  ])('%s', (_, call, expected) => {
    expect(site(call)).toEqual(expected);
  });

  it.each([
    ['assert.ok(x, S): the message', assertCall('ok', 1, [chain('errorCode'), undefined])],
    ['assert.equal with one argument', assertCall('equal', 0, [undefined])],
    ['expect(x).toBe(a, S): an extra argument', matcher('toBe', 1, chain('errorCode'))],
    ['assert.include(S, x): the haystack', assertCall('include', 0, [undefined, chain('errorCode')])],
  ])('%s: no assertion position', (_, call) => {
    expect(positionOfAssertion(call)).toBeUndefined();
  });
});
