// A string handed on by a test table or a helper is judged where what it binds is read
// (docs/where-a-string-is-a-code.md, "Values handed on").
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester, typoError as typo } from '../rule-tester.js';

const fixed = (code: string, from: string, to: string) => code.replace(from, to);

const hits: [string, string, string][] = [
  ["it.each([['ERR_STATE_GETT', 500], ['ERR_STATE_SAVE', 500]])('%s', (code, status) => { mock({ errorCode: code, status }); });", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["test.each([{ code: 'ERR_STATE_GETT' }])('$code', ({ code }) => { expect(res.errorCode).toBe(code); });", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["test.each([{ code: 'ERR_STATE_GETT' }])('$code', (row) => { expect(res.errorCode).toBe(row.code); });", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["describe.each(['ERR_PUBSUB_NOTFOUND'])('%s', (errorName) => { it('maps', () => assert.equal(map(errorName).errorCode, errorName)); });", 'ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND'],
  ["it.only.each([['ERR_DIRECT_INVOK']])('%s', (code) => { server.reply(500, { errorCode: code }); });", 'ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE'],
  ["for (const code of ['ERR_STATE_GETT', 'ERR_STATE_SAVE']) { server.reply({ errorCode: code }); }", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["for (const [code, status] of [['ERR_STATE_GETT', 500]]) { reply(status, { errorCode: code }); }", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["const CASES = [['ERR_ACTOR_REMINDR_GET', 500]]; it.each(CASES)('%s', (code) => { mock({ errorCode: code }); });", 'ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_REMINDER_GET'],
  ["const CASES = [{ errorName: 'ERR_ACTOR_REMINDR_GET' }]; for (const { errorName } of CASES) { expect(body.errorCode).toBe(errorName); }", 'ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_REMINDER_GET'],
  ["['ERR_STATE_GETT'].forEach((code) => { expect(body.errorCode).toBe(code); });", 'ERR_STATE_GETT', 'ERR_STATE_GET'],
  ["function mockError(code) { return { errorCode: code, message: 'x' }; }\nmockError('ERR_PUBSUB_NOTFOUND');", 'ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND'],
  ["const mockError = (code: string, status = 500) => ({ status, body: { errorCode: code } });\nmockError('ERR_PUBSUB_NOTFOUND');", 'ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND'],
  ["function sidecarError({ code }: { code: string }) { return JSON.stringify({ errorCode: code }); }\nsidecarError({ code: 'ERR_PUBSUB_NOTFOUND' });", 'ERR_PUBSUB_NOTFOUND', 'ERR_PUBSUB_NOT_FOUND'],
];

ruleTester.run('no-unknown-code: test tables and helpers', rule, {
  valid: [
    "it.each([['ERR_STATE_GET', 500]])('%s', (code, status) => { mock({ errorCode: code, status }); });",
    // the app's own codes, far from every Dapr code
    "it.each(['ERR_ORDER_A', 'ERR_ORDER_B'])('%s', (code) => { expect(res.errorCode).toBe(code); });",
    "for (const code of ['ERR_ORDER_LOST']) mock({ errorCode: code });",
    // what the row binds is read where nothing says "code"
    "it.each([['ERR_TIMEOUT_X', 1]])('%s', (label, n) => { log(label, n); });",
    "function label(name) { return name.padEnd(10); } label('ERR_TIMEOUT_X');",
    // an array of one-value rows looked up, not iterated
    "const ids = ['ERR_TIMEOUT_X']; if (ids.includes(x)) {}",
    // a helper of another file (not followed) and a parameter shadowed
    "import { mockError } from './helpers'; mockError('ERR_TIMEOUT_X');",
    { code: "for (const code of ['ERR_STATE_GET']) server.reply({ errorCode: code });", ...js },
  ],
  invalid: [
    ...hits.map(([code, value, replacement]) => ({ code, errors: [typo(value, replacement, fixed(code, value, replacement))] })),
    { code: hits[0]![0], ...js, errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', fixed(hits[0]![0], 'ERR_STATE_GETT', 'ERR_STATE_GET'))] },
  ],
});
