// When the server gives memory back: a full collection once the scavenges of a burst of work have
// stopped, not while they go on, not again for its own GCs, and again (a few times) when the heap did
// not shrink.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectWhenIdle, fullCollection } from '../../packages/language-server/src/process-memory.js';

// Longer than a pass of `work` takes on a busy machine.
const IDLE_MS = 1_000;
const gc = fullCollection();
/** Work: short-lived objects, some 25 MB, more than the young generation holds, which the young generation's scavenges collect. */
const work = () => Array.from({ length: 300_000 }, (_, i) => ({ i, a: [i] })).length;

describe('collection once idle', { timeout: 20_000 }, () => {
  it('collects once after the GCs stop, and not again for its own', async () => {
    let calls = 0;
    const collector = collectWhenIdle(() => {
      calls++;
      gc();
      return true;
    }, IDLE_MS);
    try {
      // Work, with pauses shorter than the wait; no collection meanwhile.
      for (let i = 0; i < 5; i++) {
        work();
        await sleep(50);
      }
      expect(calls).toBe(0);
      await sleep(IDLE_MS * 2);
      expect(calls).toBe(1);
      await sleep(IDLE_MS * 2.5);
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
      work();
      await sleep(IDLE_MS * 3.5);
      expect(calls).toBe(3);
    } finally {
      collector.stop();
    }
  });

  it('gives a full collection', () => {
    const before = process.memoryUsage().heapUsed;
    expect(work()).toBe(300_000);
    gc();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 5_000_000);
  });
});
