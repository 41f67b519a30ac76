import { describe, expect, it } from 'vitest';
import { alternatives, choiceProblem, describeValue, didYouMean, parseVersionSpec, readVersionSetting } from '../src/index.js';

describe('configuration texts', () => {
  it('show values as a message needs them', () => {
    expect([describeValue('x'), describeValue(14), describeValue(null), describeValue(['a']), describeValue({ a: 1 }), describeValue(undefined)]).toEqual(['"x"', '14', 'null', 'an array', 'an object', 'undefined']);
    expect([alternatives(['a']), alternatives(['a', 'b']), alternatives(['a', 'b', 'c'])]).toEqual(['"a"', '"a" or "b"', '"a", "b" or "c"']);
    expect(choiceProblem(['warning', 'error'], 'warn')).toBe('must be "warning" or "error", got "warn"');
  });

  it('suggest a near name only', () => {
    expect(didYouMean('verison', ['version'])).toBe(' Did you mean "version"?');
    expect(didYouMean('Version', ['version'])).toBe(' Did you mean "version"?');
    expect(didYouMean('packageJson', ['version'])).toBe('');
  });

  it('read a version setting, or say what is wrong with it', () => {
    expect(readVersionSetting('settings.dapr.version', 'v1.13.2')).toEqual({
      ok: true,
      spec: { kind: 'versions', text: 'v1.13.2', versions: [{ kind: 'release', major: 1, minor: 13, patch: 2, text: 'v1.13.2' }] },
    });
    expect(readVersionSetting('settings.dapr.version', ['1.13.6', '^1.15'])).toMatchObject({ ok: true, spec: { kind: 'versions', text: '1.13.6 || ^1.15' } });
    expect(readVersionSetting('settings.dapr.version', 'auto')).toEqual({ ok: true, spec: { kind: 'auto' } });
    expect(readVersionSetting('settings.dapr.version', 1.14)).toEqual({ ok: false, kind: 'type', problem: 'settings.dapr.version must be a Dapr version spec such as "1.14", ">=1.15 <1.17" or "auto", got 1.14' });
    const parsed = parseVersionSpec('2.0');
    expect(readVersionSetting('settings.dapr.version', '2.0')).toEqual({ ok: false, kind: 'unsupported', problem: `settings.dapr.version: ${parsed.ok ? '' : parsed.error}` });
  });
});
