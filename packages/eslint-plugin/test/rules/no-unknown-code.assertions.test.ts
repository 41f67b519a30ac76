// Assertions compare as `===` does (docs/where-a-string-is-a-code.md, "Assertions"): node:assert, chai,
// Jest / Vitest `expect`, should-chains and AVA's `t`, as a Dapr client's tests against a mocked sidecar write them.
import rule from '../../src/rules/no-unknown-code.js';
import { js, ruleTester, typoError as typo } from '../rule-tester.js';

ruleTester.run('no-unknown-code: assertions', rule, {
  valid: [
    // known codes
    "assert.equal(res.errorCode, 'ERR_STATE_GET');",
    "expect(err.errorCode).toBe('ERR_DIRECT_INVOKE');",
    "expect(body).toHaveProperty('errorCode', 'ERR_PUBSUB_NOT_FOUND');",
    "expect(res.body.errorCode).to.equal('ERR_TOPIC_NAME_EMPTY');",
    // other tools' codes and values that say nothing
    "assert.equal(err.code, 'ERR_INVALID_ARG_TYPE'); expect(e.code).toBe('ERR_BAD_REQUEST');",
    "assert.strictEqual(result.status, 'ERR_ORDER_PENDING'); expect(x).toBe(5); assert.equal(a, b);",
    // the app's own code, far from every Dapr code
    "expect(body.errorCode).toBe('ERR_ORDER_REJECTED');",
    // a search for whole words of a code finds that code
    "expect(err.message).toContain('ERR_INVOKE_OUTPUT');",
    // the message of an assertion is not compared
    "assert.ok(res.ok, 'ERR_ORDER_PENDING');",
    { code: "assert.strictEqual(res.errorCode, 'ERR_STATE_GET');", ...js },
  ],
  invalid: [
    { code: "assert.equal(res.errorCode, 'ERR_STATE_GETT');", errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', "assert.equal(res.errorCode, 'ERR_STATE_GET');")] },
    { code: "assert.strictEqual('ERR_STATE_GETT', res.errorCode);", errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', "assert.strictEqual('ERR_STATE_GET', res.errorCode);")] },
    {
      code: "import { strictEqual } from 'node:assert/strict';\nstrictEqual(err.errorCode, 'ERR_DIRECT_INVOK');",
      errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "import { strictEqual } from 'node:assert/strict';\nstrictEqual(err.errorCode, 'ERR_DIRECT_INVOKE');")],
    },
    { code: "assert.notDeepStrictEqual(body.errorCode, 'ERR_PUBSUB_NOT_FOUN');", errors: [typo('ERR_PUBSUB_NOT_FOUN', 'ERR_PUBSUB_NOT_FOUND', "assert.notDeepStrictEqual(body.errorCode, 'ERR_PUBSUB_NOT_FOUND');")] },
    { code: "expect(err.errorCode).toBe('ERR_DIRECT_INVOK');", errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "expect(err.errorCode).toBe('ERR_DIRECT_INVOKE');")] },
    { code: "expect(body.errorCode).not.toStrictEqual('ERR_PUBSUB_NOT_FOUN');", errors: [typo('ERR_PUBSUB_NOT_FOUN', 'ERR_PUBSUB_NOT_FOUND', "expect(body.errorCode).not.toStrictEqual('ERR_PUBSUB_NOT_FOUND');")] },
    { code: "await expect(call()).rejects.toHaveProperty('errorCode', 'ERR_STATE_GETT');", errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', "await expect(call()).rejects.toHaveProperty('errorCode', 'ERR_STATE_GET');")] },
    { code: "expect(res.body.errorCode).to.deep.equal('ERR_TOPIC_NAME_EMPTI');", errors: [typo('ERR_TOPIC_NAME_EMPTI', 'ERR_TOPIC_NAME_EMPTY', "expect(res.body.errorCode).to.deep.equal('ERR_TOPIC_NAME_EMPTY');")] },
    { code: "res.body.errorCode.should.equal('ERR_TOPIC_NAME_EMPTI');", errors: [typo('ERR_TOPIC_NAME_EMPTI', 'ERR_TOPIC_NAME_EMPTY', "res.body.errorCode.should.equal('ERR_TOPIC_NAME_EMPTY');")] },
    { code: "expect(res.body).to.have.property('errorCode', 'ERR_ACTOR_REMINDR_GET');", errors: [typo('ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_REMINDER_GET', "expect(res.body).to.have.property('errorCode', 'ERR_ACTOR_REMINDER_GET');")] },
    { code: "assert.propertyVal(body, 'errorCode', 'ERR_ACTOR_REMINDR_GET');", errors: [typo('ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_REMINDER_GET', "assert.propertyVal(body, 'errorCode', 'ERR_ACTOR_REMINDER_GET');")] },
    { code: "t.is(res.errorCode, 'ERR_STATE_GETT');", errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', "t.is(res.errorCode, 'ERR_STATE_GET');")] },
    // a search in a message, in call form
    { code: "expect(err.message).toContain('ERR_DIRECT_INVOK');", errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "expect(err.message).toContain('ERR_DIRECT_INVOKE');")] },
    { code: "assert.include(error.message, 'ERR_DIRECT_INVOK');", errors: [typo('ERR_DIRECT_INVOK', 'ERR_DIRECT_INVOKE', "assert.include(error.message, 'ERR_DIRECT_INVOKE');")] },
    { code: "assert.equal(res.errorCode, 'ERR_STATE_GETT');", ...js, errors: [typo('ERR_STATE_GETT', 'ERR_STATE_GET', "assert.equal(res.errorCode, 'ERR_STATE_GET');")] },
  ],
});
