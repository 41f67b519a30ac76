import { describe, expect, it } from 'vitest';
import { classifyString, getCodeProblem, toDaprTarget, type CodeUse } from '../src/index.js';

const problem = (value: string, namespace: 'code' | 'reason' = 'code', version?: string) => {
  const use = classifyString(value, { strength: 'strong', namespace }) as Extract<CodeUse, { kind: 'code' | 'former-code' | 'reason' }>;
  return getCodeProblem(use, version === undefined ? undefined : toDaprTarget(version));
};

describe('getCodeProblem', () => {
  it('says when a code went away and what replaced it; exact renames are autofixable', () => {
    expect(problem('ERR_TOPIC_EMPTY')).toEqual({
      kind: 'removed',
      value: 'ERR_TOPIC_EMPTY',
      exact: true,
      replacement: 'ERR_TOPIC_NAME_EMPTY',
      message: "'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
    });
    expect(problem('ERR_GET_STATE')).toMatchObject({ replacement: 'ERR_STATE_GET', exact: true });
    expect(problem('ERR_STATE_STORES_NOT_CONFIGURED')).toMatchObject({ replacement: 'ERR_STATE_STORE_NOT_CONFIGURED', exact: true });
  });

  it('offers a non-exact replacement only as a suggestion, and none where nothing replaced it', () => {
    expect(problem('ERR_ACTOR_STATE_SAVE')).toMatchObject({ replacement: 'ERR_ACTOR_STATE_TRANSACTION_SAVE', exact: false });
    expect(problem('ERR_DESERIALIZE_HTTP_BODY')).toMatchObject({ replacement: 'ERR_MALFORMED_REQUEST', exact: false });
    expect(problem('ERR_STATE_NOT_FOUND')).toMatchObject({ kind: 'removed', exact: false, message: expect.stringMatching(/nothing replaces it\.$/) });
    expect(problem('ERR_STATE_NOT_FOUND')).not.toHaveProperty('replacement');
  });

  it('reports never-sent, unreleased and docs-only codes', () => {
    expect(problem('ERR_ACTOR_NO_APP_CHANNEL')?.kind).toBe('defined-unused');
    expect(problem('ERR_WORKFLOW_APP_ID_INVALID')?.kind).toBe('unreleased');
    expect(problem('ERR_WORKFLOW_APP_ID_INVALID', 'code', 'master')).toBeUndefined();
    expect(problem('ERR_ACTOR_TIMER_GET')?.kind).toBe('docs-only');
  });

  it('takes the targeted runtime version into account', () => {
    expect(problem('ERR_TOPIC_EMPTY', 'code', '1.13')).toBeUndefined();
    expect(problem('ERR_TOPIC_NAME_EMPTY', 'code', '1.13')).toEqual({
      kind: 'not-in-version',
      value: 'ERR_TOPIC_NAME_EMPTY',
      exact: false,
      replacement: 'ERR_TOPIC_EMPTY',
      message: "'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is \"1.13\". That runtime sends 'ERR_TOPIC_EMPTY'.",
    });
    expect(problem('ERR_ACTOR_TYPE_RESERVED', 'code', '1.17')?.message).toBe("'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; the configured version is \"1.17\".");
    expect(problem('ERR_STATE_GET', 'code', '1.18')).toBeUndefined();
    expect(problem('ERR_STATE_GET')).toBeUndefined();
  });

  it('handles the v1.14 scheduler names and removed reasons', () => {
    expect(problem('SCHEDULER_JOB_NAME')).toMatchObject({ kind: 'former-name', replacement: 'DAPR_SCHEDULER_JOB_NAME', exact: true });
    expect(problem('SCHEDULER_JOB_NAME', 'code', '1.14')).toBeUndefined();
    expect(problem('DAPR_SCHEDULER_JOB_NAME', 'code', '1.14')).toMatchObject({ kind: 'not-in-version', replacement: 'SCHEDULER_JOB_NAME' });
    expect(problem('DAPR_PUBSUB_TESTNOT_FOUND', 'reason')).toMatchObject({ kind: 'removed', replacement: 'DAPR_PUBSUB_TEST_NOT_FOUND', exact: true });
    expect(problem('DAPR_PUBSUB_TEST_NOT_FOUND', 'reason', '1.13')).toMatchObject({ kind: 'not-in-version', replacement: 'DAPR_PUBSUB_TESTNOT_FOUND' });
  });
});
