import { describe, expect, it } from 'vitest';
import { availabilityIn, CURRENT_CODES, getCode, getCodesInVersion, getReason, getReasonsInVersion, isPresentIn, META, parseDaprVersion } from '../src/index.js';

const codesIn = (v: string) => new Set(getCodesInVersion(v).map((c) => c.code));

describe('parseDaprVersion', () => {
  it.each([
    ['1.14', { kind: 'release', major: 1, minor: 14, patch: null }],
    ['v1.13.2', { kind: 'release', major: 1, minor: 13, patch: 2 }],
    [' 1.14.x ', { kind: 'release', major: 1, minor: 14, patch: null }],
    ['1.15.0-rc.1', { kind: 'release', major: 1, minor: 15, patch: 0 }],
    ['0.11', { kind: 'release', major: 0, minor: 11, patch: null }],
    ['master', { kind: 'master' }],
    // The line after the newest release is master's (read from the data, as a sync writes it).
    [META.masterLine, { kind: 'master' }],
  ])('parses %s', (input, expected) => {
    const r = parseDaprVersion(input);
    expect(r.ok && r.version).toMatchObject(expected);
  });

  const beyond = META.masterLine.replace(/\d+$/, (minor) => String(Number(minor) + 1));
  it.each([beyond, '2.0', 'latest-ish', '', '1', 'v1.x', '0.0'])('rejects %j with a message naming the supported range', (input) => {
    const r = parseDaprVersion(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(`v0.1 to ${META.latestRelease}`);
  });
});

describe('version filter', () => {
  it('a code removed in 1.14 is absent in 1.14 and present in 1.13', () => {
    expect(codesIn('1.13').has('ERR_TOPIC_EMPTY')).toBe(true);
    expect(codesIn('v1.13.6').has('ERR_TOPIC_EMPTY')).toBe(true);
    expect(codesIn('1.14').has('ERR_TOPIC_EMPTY')).toBe(false);
    expect(codesIn('1.14').has('ERR_TOPIC_NAME_EMPTY')).toBe(true);
    expect(codesIn('1.13').has('ERR_TOPIC_NAME_EMPTY')).toBe(false);
  });

  it('says why a code is missing', () => {
    const topicEmpty = getCode('ERR_TOPIC_EMPTY')!;
    expect(availabilityIn(topicEmpty.presence, '1.14')).toEqual({ present: false, why: 'removed', removedIn: 'v1.14.0', lastPresentIn: 'v1.13.6' });
    expect(availabilityIn(getCode('ERR_ACTOR_TYPE_RESERVED')!.presence, '1.17')).toEqual({ present: false, why: 'not-yet', since: 'v1.18.0' });
    expect(availabilityIn(getCode('ERR_WORKFLOW_APP_ID_INVALID')!.presence, '1.18')).toEqual({ present: false, why: 'never-released' });
    expect(availabilityIn(getCode('ERR_ACTOR_TIMER_GET')!.presence, 'master')).toEqual({ present: false, why: 'never-released' });
  });

  it('handles patch releases and gaps', () => {
    const sub = getCode('ERR_PUBSUB_GET_SUBSCRIPTIONS')!; // v1.10.0 .. v1.10.3, removed in v1.10.4
    expect(isPresentIn(sub, '1.10')).toBe(true);
    expect(isPresentIn(sub, '1.10.3')).toBe(true);
    expect(isPresentIn(sub, '1.10.4')).toBe(false);
    const notConfigured = getCode('ERR_STATE_STORE_NOT_CONFIGURED')!; // v0.4-v0.11.3, then v1.8+
    expect(isPresentIn(notConfigured, '0.11')).toBe(true);
    expect(isPresentIn(notConfigured, '1.5')).toBe(false);
    expect(isPresentIn(notConfigured, '1.8.0')).toBe(true);
  });

  it('master holds the unreleased code and no removed one', () => {
    const master = codesIn('master');
    expect(master.has('ERR_WORKFLOW_APP_ID_INVALID')).toBe(true);
    expect(codesIn('1.18').has('ERR_WORKFLOW_APP_ID_INVALID')).toBe(false);
    expect([...master].every((c) => getCode(c)!.status !== 'removed')).toBe(true);
    expect(master.size).toBe(CURRENT_CODES.length);
  });

  it('filters reasons too (the v1.14 scheduler reasons had no DAPR_ prefix)', () => {
    const r114 = new Set(getReasonsInVersion('1.14').map((r) => r.reason));
    expect(r114.has('SCHEDULER_JOB_NAME')).toBe(true);
    expect(r114.has('DAPR_SCHEDULER_JOB_NAME')).toBe(false);
    expect(isPresentIn(getReason('DAPR_SCHEDULER_JOB_NAME')!, '1.15')).toBe(true);
  });

  it('throws a RangeError for an unknown version', () => {
    expect(() => getCodesInVersion('9.9')).toThrow(RangeError);
  });
});
