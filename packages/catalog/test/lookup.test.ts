import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCodes,
  allReasons,
  CODES_BY_CATEGORY,
  CURRENT_CODES,
  getCode,
  getCodeByFormerName,
  getCodeForReason,
  getCodesOfCategory,
  getCurrentReasonReplacement,
  getCurrentReplacement,
  getForeignFamily,
  getReason,
  isDaprErrorCode,
  isDaprErrorReason,
  isKnownDaprErrorCode,
  isKnownDaprErrorReason,
  REMOVED_CODES,
} from '../src/index.js';

describe('catalog contents', () => {
  it('holds every code and reason of the reference data', () => {
    // Counted from the data files, so that a sync (which changes them) keeps this true.
    const data = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../data', file), 'utf8')) as { status: string }[];
    const codes = data('dapr-error-codes.json');
    expect(allCodes).toHaveLength(codes.length);
    expect(allReasons).toHaveLength(data('dapr-error-reasons.json').length);
    expect(CURRENT_CODES).toHaveLength(codes.filter((c) => ['active', 'defined-unused', 'unreleased'].includes(c.status)).length);
    expect(REMOVED_CODES).toHaveLength(codes.filter((c) => c.status === 'removed').length);
    expect(new Set(allCodes.map((c) => c.code)).size).toBe(codes.length);
  });

  it('keeps every field of a code', () => {
    const e = getCode('ERR_STATE_STORE_NOT_FOUND');
    expect(e).toMatchObject({
      category: 'state',
      summary: 'State store not found',
      httpStatus: 400,
      grpcCode: 'InvalidArgument',
      reasons: ['DAPR_STATE_NOT_FOUND'],
      exposure: 'http-body+grpc-errorinfo',
      status: 'active',
      sinceVersion: 'v0.1.0',
      firstV1Release: 'v1.0.0',
      removedInVersion: null,
      replacedBy: null,
      inDocs: true,
      errorInfoMetadataKeys: ['appID'],
      docsUrl: 'https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/',
    });
    expect(e.messageTemplate).toBeTypeOf('string');
    expect(e.presence).toEqual([{ since: 'v0.1.0', lastPresent: 'master', removedIn: null }]);
  });

  it('keeps removed codes with their replacement and versions', () => {
    const e = getCode('ERR_TOPIC_EMPTY');
    expect(e).toMatchObject({ status: 'removed', removedInVersion: 'v1.14.0', lastPresentIn: 'v1.13.6', replacedBy: 'ERR_TOPIC_NAME_EMPTY' });
    expect(e?.docsUrl).toMatch(/^https:\/\/github\.com\/dapr\/dapr\/blob\//);
  });
});

describe('lookup', () => {
  it('tells current, removed, docs-only and unknown codes apart', () => {
    expect(isDaprErrorCode('ERR_STATE_GET')).toBe(true);
    expect(isDaprErrorCode('ERR_WORKFLOW_APP_ID_INVALID')).toBe(true); // unreleased, in master
    expect(isDaprErrorCode('ERR_TOPIC_EMPTY')).toBe(false);
    expect(isKnownDaprErrorCode('ERR_TOPIC_EMPTY')).toBe(true);
    expect(isDaprErrorCode('ERR_ACTOR_TIMER_GET')).toBe(false);
    expect(getCode('ERR_ACTOR_TIMER_GET')?.status).toBe('docs-only');
    expect(getCode('err_state_get')).toBeUndefined();
    expect(isDaprErrorCode(42)).toBe(false);
    expect(isKnownDaprErrorCode(null)).toBe(false);
  });

  it('looks up reasons, including those equal to a code and removed ones', () => {
    expect(getReason('DAPR_PUBSUB_TOPIC_NAME_EMPTY')?.codes).toEqual(['ERR_TOPIC_NAME_EMPTY']);
    expect(getReason('ERR_STATE_GET')).toMatchObject({ equalsCode: true, kind: 'errorinfo-reason' });
    expect(isDaprErrorReason('DAPR_STATE_NOT_FOUND')).toBe(true);
    expect(isDaprErrorReason('DAPR_PUBSUB_TOPICNAME_EMPTY')).toBe(false);
    expect(isKnownDaprErrorReason('DAPR_PUBSUB_TOPICNAME_EMPTY')).toBe(true);
    expect(isDaprErrorReason('WorkflowAccessPolicyDenied')).toBe(false);
    expect(getReason('WorkflowAccessPolicyDenied')?.kind).toBe('workflow-failure-type');
    expect(getReason('ERR_STATE_SAVE')?.grpcCodes).toEqual(['Internal', 'Aborted', 'InvalidArgument']);
  });

  it('maps a reason to its code and a former name to the current code', () => {
    expect(getCodeForReason('DAPR_STATE_NOT_FOUND')?.code).toBe('ERR_STATE_STORE_NOT_FOUND');
    expect(getCodeForReason('DAPR_PUBSUB_TEST_NOT_FOUND')?.code).toBe('ERR_PUBSUB_NOT_FOUND');
    expect(getCodeForReason('SCHEDULER_JOB_NAME')?.code).toBe('DAPR_SCHEDULER_JOB_NAME');
    expect(getCodeByFormerName('SCHEDULER_JOB_NAME')?.code).toBe('DAPR_SCHEDULER_JOB_NAME');
    expect(getCodeByFormerName('SCHEDULER_JOB_NAME')?.formerName?.presence).toEqual({
      since: 'v1.14.0',
      lastPresent: 'v1.14.5',
      removedIn: 'v1.15.0',
    });
  });

  it('follows replacements to a current code, or none', () => {
    expect(getCurrentReplacement(getCode('ERR_TOPIC_EMPTY')!)?.code).toBe('ERR_TOPIC_NAME_EMPTY');
    // ERR_STATE_NOT_FOUND -> ERR_STATE_KEY_NOT_FOUND, itself removed with no successor
    expect(getCurrentReplacement(getCode('ERR_STATE_NOT_FOUND')!)).toBeUndefined();
    expect(getCurrentReplacement(getCode('ERR_STATE_GET')!)).toBeUndefined();
    expect(getCurrentReasonReplacement(getReason('DAPR_PUBSUB_TESTNOT_FOUND')!)?.reason).toBe('DAPR_PUBSUB_TEST_NOT_FOUND');
  });

  it('lists current codes by category, multi-category codes in each', () => {
    const state = getCodesOfCategory('state').map((c) => c.code);
    expect(state).toContain('ERR_STATE_GET');
    expect(state).toContain('ERR_MALFORMED_REQUEST');
    expect(state).not.toContain('ERR_GET_STATE');
    expect(getCodesOfCategory('common').map((c) => c.code)).toContain('ERR_MALFORMED_REQUEST');
    expect([...CODES_BY_CATEGORY.state]).toEqual(state);
    expect(getCodesOfCategory('metadata')).toEqual([]);
  });

  it('knows codes of other tools that share the shape', () => {
    expect(getForeignFamily('ERR_INVALID_ARG_TYPE')?.name).toBe('node');
    expect(getForeignFamily('ERR_BAD_REQUEST')?.name).toBe('axios');
    expect(getForeignFamily('ERR_PNPM_OUTDATED_LOCKFILE')?.name).toBe('pnpm');
    expect(getForeignFamily('DAPR_HTTP_PORT')?.name).toBe('dapr-env');
    expect(getForeignFamily('DAPR_SIDECAR_COULD_NOT_BE_STARTED')?.name).toBe('dapr-js-sdk');
    expect(getForeignFamily('ERR_STATE_GET')).toBeUndefined();
  });
});
