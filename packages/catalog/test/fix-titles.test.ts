import { describe, expect, it } from 'vitest';
import { fixTitle } from '../src/index.js';

describe('fixTitle', () => {
  it('names the code a replacement writes', () => {
    expect(fixTitle({ kind: 'replace', replacement: 'ERR_STATE_GET' })).toBe("Replace with 'ERR_STATE_GET'");
  });

  it('counts the missing cases, in the singular for one', () => {
    expect(fixTitle({ kind: 'add-missing-cases', count: 3 })).toBe('Add the 3 missing cases');
    expect(fixTitle({ kind: 'add-missing-cases', count: 1 })).toBe('Add the missing case');
  });

  it('titles the fallbacks', () => {
    expect(fixTitle({ kind: 'add-default' })).toBe('Add a default case');
    expect(fixTitle({ kind: 'add-else' })).toBe('Add an else branch');
  });

  it('words every fix as an editor title: no final period', () => {
    const all = [fixTitle({ kind: 'replace', replacement: 'X' }), fixTitle({ kind: 'add-missing-cases', count: 2 }), fixTitle({ kind: 'add-default' }), fixTitle({ kind: 'add-else' })];
    expect(all.filter((title) => title.endsWith('.'))).toEqual([]);
  });
});
