import { describe, expect, it } from 'vitest';
import foreign from '../data/foreign-codes.json' with { type: 'json' };
import { getCode, osaDistance, suggestCodes } from '../src/index.js';

describe('suggestCodes', () => {
  it.each([
    ['dropped underscore', 'ERR_STATE_STORE_NOTFOUND', 'ERR_STATE_STORE_NOT_FOUND'],
    ['added underscore', 'ERR_PUB_SUB_NOT_FOUND_', 'ERR_PUBSUB_NOT_FOUND'],
    ['swapped words', 'ERR_STORE_STATE_NOT_FOUND', 'ERR_STATE_STORE_NOT_FOUND'],
    ['plural', 'ERR_STATE_STORES_NOT_FOUND', 'ERR_STATE_STORE_NOT_FOUND'],
    ['lower case', 'err_direct_invoke', 'ERR_DIRECT_INVOKE'],
    ['missing prefix', 'STATE_STORE_NOT_FOUND', 'ERR_STATE_STORE_NOT_FOUND'],
    ['letter typo', 'ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_REMINDER_GET'],
    ['transposition', 'ERR_PUBUSB_FORBIDDEN', 'ERR_PUBSUB_FORBIDDEN'],
    ['old name (maps to the replacement)', 'ERR_GET_STATES', 'ERR_STATE_GET'],
    ['v1.14 scheduler name', 'SCHEDULER_JOB_NAMES', 'DAPR_SCHEDULER_JOB_NAME'],
  ])('%s: %s -> %s first', (_, input, expected) => {
    expect(suggestCodes(input)[0]).toBe(expected);
  });

  it('suggests reasons in the reason namespace', () => {
    expect(suggestCodes('DAPR_STATE_NOTFOUND', { namespace: 'reason' })).toEqual(['DAPR_STATE_NOT_FOUND']);
    expect(suggestCodes('DAPR_PUBSUB_TOPICNAME_EMPTY', { namespace: 'reason' })[0]).toBe('DAPR_PUBSUB_TOPIC_NAME_EMPTY');
  });

  it('suggests only codes the runtime sends: never removed, docs-only, never-sent or unreleased ones', () => {
    for (const input of ['ERR_TOPIC_EMPTYY', 'ERR_ACTOR_TIMER_GETS', 'ERR_GET_STATEE', 'ERR_ACTOR_NO_APP_CHANNELS', 'ERR_WORKFLOW_APP_ID_INVALIDD', 'ERR_NO_WORKFLOW_COMPONENT_PROVIDE']) {
      for (const s of suggestCodes(input)) expect(getCode(s)?.status, `${input} -> ${s}`).toBe('active');
    }
    expect(suggestCodes('ERR_ACTOR_NO_APP_CHANNELS')).not.toContain('ERR_ACTOR_NO_APP_CHANNEL');
  });

  it('suggests nothing for the codes of Node, axios, pnpm and the SDK', () => {
    const offenders = foreign.families
      .flatMap((f) => f.codes)
      .filter((c) => !getCode(c))
      .filter((c) => suggestCodes(c).length > 0 || suggestCodes(c, { namespace: 'reason' }).length > 0);
    expect(offenders).toEqual([]);
    expect(foreign.families.find((f) => f.name === 'node')!.codes.length).toBeGreaterThan(300);
  });

  it.each(['ERR_INVALID_ARG_TYPE', 'ERR_ORDER_NOT_FOUND', 'ERR_USER_NOT_FOUND', 'ERR_TIMEOUT', 'ERR_NOT_FOUND', 'ERR_UNKNOWN', 'hello world'])(
    'suggests nothing for %s',
    (input) => {
      expect(suggestCodes(input)).toEqual([]);
    },
  );

  it('limits and orders by distance, returns the same answer from its memo', () => {
    const first = suggestCodes('ERR_STATE_STORE_NOT_FOUNDD', { limit: 5 });
    expect(first[0]).toBe('ERR_STATE_STORE_NOT_FOUND');
    expect(suggestCodes('ERR_STATE_STORE_NOT_FOUNDD', { limit: 1 })).toEqual([first[0]]);
    expect(suggestCodes('ERR_STATE_STORE_NOT_FOUNDD', { limit: 5 })).toEqual(first);
  });

  it('is safe on odd input', () => {
    expect(suggestCodes('')).toEqual([]);
    expect(suggestCodes('x'.repeat(100_000))).toEqual([]);
    expect(suggestCodes(undefined as unknown as string)).toEqual([]);
    expect(suggestCodes('ERR_\u0000STATE_GET')).toEqual(['ERR_STATE_GET']);
  });
});

describe('osaDistance', () => {
  it.each([
    ['abc', 'abc', 0],
    ['abc', 'ABC', 0],
    ['abc', 'acb', 1],
    ['abc', 'ab', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
  });

  it('stops early past the bound', () => {
    expect(osaDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('suggestCodes for a targeted runtime version', () => {
  it('suggests the names that version sends, removed ones included', async () => {
    const { toDaprTarget } = await import('../src/index.js');
    expect(suggestCodes('ERR_TOPIC_EMPTI')[0]).toBe('ERR_TOPIC_NAME_EMPTY'); // the removed name's successor
    expect(suggestCodes('ERR_TOPIC_EMPTI', { target: toDaprTarget('1.13') })[0]).toBe('ERR_TOPIC_EMPTY');
    // nothing close among 1.13's names: the current names
    expect(suggestCodes('ERR_ACTOR_TYPE_RESERVD', { target: toDaprTarget('1.13') })).toEqual(['ERR_ACTOR_TYPE_RESERVED']);
    expect(suggestCodes('SCHEDULER_JOB_NAM', { target: toDaprTarget('1.14') })).toEqual(['SCHEDULER_JOB_NAME']);
    expect(suggestCodes('DAPR_PUBSUB_TOPIC_NAME_EMPT', { namespace: 'reason', target: toDaprTarget('1.13') })).toEqual(['DAPR_PUBSUB_TOPICNAME_EMPTY']);
    expect(suggestCodes('ERR_ACTOR_NO_APP_CHANNEL_', { target: toDaprTarget('1.16') })).not.toContain('ERR_ACTOR_NO_APP_CHANNEL');
  });
});
