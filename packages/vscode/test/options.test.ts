import { describe, expect, it } from 'vitest';
import { OPTION_KEYS, optionsFrom, serverConfiguration } from '../src/options.js';

describe('optionsFrom', () => {
  it('keeps the options that have a value, under the plugin’s and server’s names', () => {
    const set: Record<string, unknown> = { daprVersion: '1.15', severity: 'error', allowedCodes: ['ERR_OWN'], hover: false };
    expect(optionsFrom((key) => set[key])).toEqual({ daprVersion: '1.15', severity: 'error', allowedCodes: ['ERR_OWN'], hover: false });
  });

  it('leaves out the empty version (the setting’s "any version")', () => {
    expect(optionsFrom((key) => (key === 'daprVersion' ? '' : undefined))).toEqual({});
  });

  it('passes a wrong value on, so that the plugin reports it where the user sees it', () => {
    expect(optionsFrom((key) => (key === 'severity' ? 'loud' : undefined))).toEqual({ severity: 'loud' });
  });

  it('reads only the known option keys', () => {
    const asked: string[] = [];
    optionsFrom((key) => void asked.push(key));
    expect(asked).toEqual([...OPTION_KEYS]);
  });
});

describe('serverConfiguration', () => {
  it('answers the daprCodes section as options and leaves other sections alone', () => {
    const daprCodes = { languageServer: 'on', daprVersion: '', severity: 'warning', hover: true, allowedCodes: [] };
    const editor = { tabSize: 2 };
    expect(serverConfiguration(['editor', 'daprCodes', undefined], [editor, daprCodes, null])).toEqual([editor, { severity: 'warning', hover: true, allowedCodes: [] }, null]);
  });

  it('answers a section that is not an object with no options', () => {
    expect(serverConfiguration(['daprCodes'], [null])).toEqual([{}]);
  });
});
