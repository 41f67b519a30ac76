// The cache of syntax trees and outlines: most recently used first, bounded, and emptied once idle.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecent } from '../../packages/language-server/src/lsp/recent.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createRecent', () => {
  it('keeps the most recently used entries up to its capacity', () => {
    const recent = createRecent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([1, undefined, 3]);
  });

  it('drops everything once unused for idleMs, and each use starts the wait again', () => {
    vi.useFakeTimers();
    const recent = createRecent<string, number>(2, 10_000);
    recent.set('a', 1);
    vi.advanceTimersByTime(9_000);
    expect(recent.get('a')).toBe(1);
    vi.advanceTimersByTime(9_000);
    expect(recent.get('a')).toBe(1);
    vi.advanceTimersByTime(10_001);
    expect(recent.get('a')).toBeUndefined();
    recent.set('b', 2);
    vi.advanceTimersByTime(10_001);
    expect(recent.get('b')).toBeUndefined();
  });

  it('without idleMs, keeps entries however long unused', () => {
    vi.useFakeTimers();
    const recent = createRecent<string, number>(2);
    recent.set('a', 1);
    vi.advanceTimersByTime(3_600_000);
    expect(recent.get('a')).toBe(1);
  });
});
