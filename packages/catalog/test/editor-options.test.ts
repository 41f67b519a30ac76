import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, mergeRawOptions, parseSettings, SPEC_FORMS } from '../src/index.js';

const HOST = '@dapr-codes/typescript-plugin';

describe('parseSettings', () => {
  it('uses the defaults for a bare plugin entry', () => {
    expect(parseSettings({ name: '@dapr-codes/typescript-plugin' }, HOST)).toEqual({ options: DEFAULT_OPTIONS, problems: [] });
    expect(parseSettings({ name: '@dapr-codes/typescript-plugin', global: true }, HOST)).toEqual({ options: DEFAULT_OPTIONS, problems: [] });
    expect(parseSettings(undefined, HOST)).toEqual({ options: DEFAULT_OPTIONS, problems: [] });
  });

  it('reads every option', () => {
    const { options, problems } = parseSettings({
      daprVersion: 'v1.13.2',
      diagnostics: false,
      hover: false,
      completions: false,
      severity: 'error',
      removedCodeCompletions: 'hidden',
      allowedCodes: ['ERR_ORDER_LOST'],
      appCodes: 'report',
      daprClient: true,
      maxFileSize: 2_000_000,
    }, HOST);
    expect(problems).toEqual([]);
    expect(options).toEqual({
      daprVersion: { kind: 'versions', versions: [{ kind: 'release', major: 1, minor: 13, patch: 2, text: 'v1.13.2' }], text: 'v1.13.2' },
      diagnostics: false,
      hover: false,
      completions: false,
      severity: 'error',
      removedCodeCompletions: 'hidden',
      allowedCodes: new Set(['ERR_ORDER_LOST']),
      appCodes: 'report',
      daprClient: true,
      maxFileSize: 2_000_000,
    });
  });

  it('says what is wrong and falls back to the default for that option only', () => {
    const { options, problems } = parseSettings({ daprVersion: '9.9', diagnostic: false, severity: 'fatal', hover: 'yes', allowedCodes: 'ERR_X', completions: false }, HOST);
    expect(problems).toEqual([
      {
        code: 93112,
        message: `@dapr-codes/typescript-plugin: option "daprVersion": Dapr runtime version "9.9" is not covered by this catalog; ${SPEC_FORMS}. Reading the project's deployment files instead.`,
      },
      { code: 93111, message: '@dapr-codes/typescript-plugin: unknown option "diagnostic". Did you mean "diagnostics"? Known options: daprVersion, diagnostics, hover, completions, severity, removedCodeCompletions, allowedCodes, appCodes, daprClient, maxFileSize.' },
      { code: 93110, message: '@dapr-codes/typescript-plugin: option "severity" must be "warning" or "error", got "fatal". Using the default.' },
      { code: 93110, message: '@dapr-codes/typescript-plugin: option "hover" must be true or false, got "yes". Using the default.' },
      { code: 93110, message: '@dapr-codes/typescript-plugin: option "allowedCodes" must be an array of strings, got "ERR_X". Using the default.' },
    ]);
    expect(options).toEqual({ ...DEFAULT_OPTIONS, completions: false });
  });

  it('takes maxFileSize as a whole number of characters up to the ceiling, else says so and keeps the default', () => {
    for (const [bad, shown] of [[0, '0'], [-1, '-1'], [1.5, '1.5'], ['1000000', '"1000000"'], [10_000_001, '10000001'], [null, 'null']] as const) {
      const { options, problems } = parseSettings({ maxFileSize: bad }, HOST);
      expect(options.maxFileSize).toBe(1_000_000);
      expect(problems).toEqual([{ code: 93110, message: `@dapr-codes/typescript-plugin: option "maxFileSize" must be a whole number of characters from 1 to 10000000, got ${shown}. Using the default.` }]);
    }
    expect(parseSettings({ maxFileSize: 10_000_000 }, HOST).options.maxFileSize).toBe(10_000_000);
  });

  it('rejects a daprVersion that is not a spec and options that are not an object', () => {
    expect(parseSettings({ daprVersion: 1.14 }, HOST).problems).toEqual([
      { code: 93110, message: '@dapr-codes/typescript-plugin: option "daprVersion" must be a Dapr version spec such as "1.14", ">=1.15 <1.17" or "auto", got 1.14. Using the default ("auto").' },
    ]);
    expect(parseSettings(['daprVersion'], HOST)).toEqual({
      options: DEFAULT_OPTIONS,
      problems: [{ code: 93110, message: '@dapr-codes/typescript-plugin: the options must be an object, got an array. Using the defaults.' }],
    });
  });

  it('reads ranges, lists and "latest" as a version spec', () => {
    expect(parseSettings({ daprVersion: ['1.13.6', '^1.15'] }, HOST).options.daprVersion).toMatchObject({ kind: 'versions', text: '1.13.6 || ^1.15', versions: [{ kind: 'release', patch: 6 }, { kind: 'range' }] });
    expect(parseSettings({ daprVersion: 'latest' }, HOST).options.daprVersion).toMatchObject({ kind: 'versions', versions: [{ kind: 'release' }] });
    expect(parseSettings({ daprVersion: 'auto' }, HOST).options.daprVersion).toEqual({ kind: 'auto' });
  });

  it('does not take inherited names for options', () => {
    expect(parseSettings({ toString: true }, HOST).problems.map((p) => p.code)).toEqual([93111]);
  });
});

describe('mergeRawOptions', () => {
  it('lays pushed options over the tsconfig entry', () => {
    expect(mergeRawOptions({ name: 'p', daprVersion: '1.13', hover: false }, { hover: true })).toEqual({ name: 'p', daprVersion: '1.13', hover: true });
    expect(mergeRawOptions(undefined, { hover: true })).toEqual({ hover: true });
    expect(mergeRawOptions({ name: 'p' }, undefined)).toEqual({ name: 'p' });
  });

  it('keeps a malformed push so that it is reported', () => {
    expect(mergeRawOptions({ name: 'p' }, 'oops')).toBe('oops');
  });
});
