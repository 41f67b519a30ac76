// When the server gives memory back: a full collection once the GCs of a burst of work have stopped,
// not while they go on, not again for its own GCs, and again (a few times) when the heap did not shrink.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectWhenIdle, fullCollection } from '../../packages/language-server/src/process-memory.js';

const IDLE_MS = 150;
const gc = fullCollection();

describe('collection once idle', () => {
  it('collects once after the GCs stop, and not again for its own', async () => {
    let calls = 0;
    const collector = collectWhenIdle(() => {
      calls++;
      gc();
      return true;
    }, IDLE_MS);
    try {
      // Work: a GC every 50 ms for 400 ms; no collection meanwhile.
      for (let i = 0; i < 8; i++) {
        gc();
        await sleep(50);
      }
      expect(calls).toBe(0);
      await sleep(IDLE_MS * 3);
      expect(calls).toBe(1);
      await sleep(IDLE_MS * 4);
      expect(calls).toBe(1);
    } finally {
      collector.stop();
    }
  });

  it('tries again while the heap is not given back, three times at most', async () => {
    let calls = 0;
    const collector = collectWhenIdle(() => {
      calls++;
      return false;
    }, IDLE_MS);
    try {
      gc();
      await sleep(IDLE_MS * 6);
      expect(calls).toBe(3);
    } finally {
      collector.stop();
    }
  });

  it('gives a full collection', () => {
    const before = process.memoryUsage().heapUsed;
    // Some 30 MB made and dropped.
    expect(Array.from({ length: 200_000 }, (_, i) => ({ i, a: [i] })).length).toBe(200_000);
    gc();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 5_000_000);
  });
});
