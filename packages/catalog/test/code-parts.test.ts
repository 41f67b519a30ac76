import { describe, expect, it } from 'vitest';
import { classifyString, isAppCode, looksLikeCodePart, nearestParts, partOfMethod, someNameHasPart, unknownCodeMessage, type UseSite } from '../src/index.js';

const prefixOfCode: UseSite = { strength: 'strong', namespace: 'code', part: 'prefix' };

describe('code parts (family checks)', () => {
  it('maps the search methods to the part they test', () => {
    expect([partOfMethod('startsWith'), partOfMethod('endsWith'), partOfMethod('includes'), partOfMethod('at'), partOfMethod('constructor')]).toEqual(['prefix', 'suffix', 'infix', undefined, undefined]);
  });

  it('knows the shape of a part', () => {
    expect(['ERR_', 'ERR_STATE_', '_NOT_FOUND', 'ERR_LOCK'].map(looksLikeCodePart)).toEqual([true, true, true, true]);
    expect(['ERR', 'no underscore', 'a b_c', '__', 'ERR__X'].map(looksLikeCodePart)).toEqual([false, false, false, false, false]);
  });

  it('finds which parts some name has, and the nearest ones when none does', () => {
    expect(someNameHasPart('ERR_LOCK', 'prefix', 'code')).toBe(true);
    expect(someNameHasPart('_NOT_FOUND', 'suffix', 'code')).toBe(true);
    expect(someNameHasPart('ERR_STATES_', 'prefix', 'code')).toBe(false);
    expect(nearestParts('ERR_STATES_', 'prefix', 'code')[0]).toBe('ERR_STATE_');
    expect(nearestParts('DAPR_STAT_', 'prefix', 'reason')[0]).toBe('DAPR_STATE_');
  });

  it('classifies a part: fine, a whole known code, or unknown with the nearest parts', () => {
    expect(classifyString('ERR_STATE_', prefixOfCode)).toBeUndefined();
    expect(classifyString('ERR_STATE_GET', prefixOfCode)).toMatchObject({ kind: 'code', value: 'ERR_STATE_GET' });
    const unknown = classifyString('ERR_STATES_', prefixOfCode);
    expect(unknown).toMatchObject({ kind: 'unknown', part: 'prefix', suggestions: ['ERR_STATE_', 'ERR_STATE'] });
    expect(unknownCodeMessage(unknown as never)).toBe("No Dapr error code starts with 'ERR_STATES_'. Did you mean 'ERR_STATE_' or 'ERR_STATE'?");
    expect(classifyString('err_pubsubs_', { ...prefixOfCode, fold: 'lower' })).toMatchObject({ kind: 'unknown', value: 'err_pubsubs_' });
    // an app's own family, another tool's
    expect(classifyString('ERR_ORDER_', prefixOfCode)).toBeUndefined();
    expect(classifyString('ERR_ORDER_', prefixOfCode, { appCodes: 'report' })).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(classifyString('ERR_PNPM_', prefixOfCode)).toBeUndefined();
  });
});

describe('isAppCode', () => {
  const unknown = (value: string, suggestions: string[] = []) => ({ kind: 'unknown' as const, value, namespace: 'code' as const, suggestions });
  it('is an unknown far from every Dapr name, outside DAPR_ and the Dapr-only prefixes', () => {
    expect(isAppCode(unknown('ERR_ORDER_REJECTED'))).toBe(true);
    expect(isAppCode(unknown('err_order_rejected'))).toBe(true);
    expect(isAppCode(unknown('ERR_UNLOKC', ['ERR_UNLOCK']))).toBe(false);
    expect(isAppCode(unknown('ERR_STATE_MACHINE_STUCK'))).toBe(false);
    expect(isAppCode(unknown('DAPR_ORDER_REJECTED'))).toBe(false);
  });
});
