import { describe, expect, it } from 'vitest';
import { answerConfiguration, OPTION_KEYS, optionsFrom } from '../src/options.js';

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

describe('answerConfiguration', () => {
  it('answers the daprCodes section with the options set for its scope, other sections as VS Code did', () => {
    const editor = { tabSize: 2 };
    const full = { languageServer: 'on', daprVersion: '', severity: 'warning', hover: true };
    const asked: (string | undefined)[] = [];
    const optionsFor = (scopeUri: string | undefined) => {
      asked.push(scopeUri);
      return { severity: 'error' };
    };
    const items = [{ section: 'editor' }, { section: 'daprCodes', scopeUri: 'file:///work/a.ts' }, {}];
    expect(answerConfiguration(items, [editor, full, null], optionsFor)).toEqual([editor, { severity: 'error' }, null]);
    expect(asked).toEqual(['file:///work/a.ts']);
  });
});
