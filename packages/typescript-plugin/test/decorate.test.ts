import { describe, expect, it } from 'vitest';
import { copyLanguageService, extend, type GuardOptions } from '../src/decorate.js';
import { inMemoryService } from './helpers.js';

class Cancelled extends Error {}

function guard(): GuardOptions & { lines: string[] } {
  const lines: string[] = [];
  return { feature: 'hover', log: (m) => lines.push(m), isCancellation: (e) => e instanceof Cancelled, lines };
}

describe('copyLanguageService', () => {
  it('copies every method, bound to the base, and leaves the base untouched', () => {
    const { service } = inMemoryService('const a = 1;');
    const before = { ...service };
    const copy = copyLanguageService(service);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(service).sort());
    copy.getQuickInfoAtPosition = () => undefined;
    expect({ ...service }).toEqual(before);
    expect(copy.getSemanticDiagnostics('/src/test.ts')).toEqual([]);
    expect(copy.getProgram()).toBe(service.getProgram());
  });
});

describe('extend', () => {
  it("adds to the base answer", () => {
    const g = guard();
    const f = extend((n: number) => n * 2, (result, n) => result + n, g);
    expect(f(5)).toBe(15);
    expect(g.lines).toEqual([]);
  });

  it("returns the base answer and logs when the extension throws", () => {
    const g = guard();
    const f = extend(
      (n: number) => n * 2,
      () => {
        throw new Error('boom');
      },
      g,
    );
    expect(f(5)).toBe(10);
    expect(g.lines).toHaveLength(1);
    expect(g.lines[0]).toMatch(/^hover failed, returning TypeScript's own answer: Error: boom\n\s+at /);
  });

  it('lets errors of the base and cancellations through', () => {
    const g = guard();
    const failing = extend(
      (): number => {
        throw new Error('TypeScript bug');
      },
      (r) => r,
      g,
    );
    expect(() => failing()).toThrow('TypeScript bug');
    const cancelled = extend(
      () => 1,
      () => {
        throw new Cancelled('stale request');
      },
      g,
    );
    expect(() => cancelled()).toThrow('stale request');
    expect(g.lines).toEqual([]);
  });
});
