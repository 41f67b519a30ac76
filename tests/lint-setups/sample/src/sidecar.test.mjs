// A Dapr client's tests against a mocked sidecar: assertions, a table of codes, a helper and a
// case-folded search, as such tests are written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const DAPR = `http://localhost:${process.env.DAPR_HTTP_PORT}/v1.0/state/orders`;

function sidecarError(code, status = 500) {
  return { status, body: { errorCode: code, message: `mocked answer of ${DAPR}` } };
}

describe('error mapping', () => {
  for (const [code, retry] of [['ERR_STATE_GET', true], ['ERR_STATE_SAVEE', true]]) {
    it(`retries ${code}`, () => assert.equal(shouldRetry(sidecarError(code).body.errorCode), retry));
  }

  it('a conflict', () => {
    const answer = sidecarError('ERR_VERSION_CONFLICT', 409);
    assert.strictEqual(answer.body.errorCode, 'err_state_get');
    assert.ok(String(answer.body.message).toLowerCase().includes('ERR_DIRECT_INVOKE'));
  });
});

function shouldRetry(code) {
  return code.startsWith('ERR_STATE_');
}
