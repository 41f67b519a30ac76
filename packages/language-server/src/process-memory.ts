// How the server process gives memory back. It works in bursts (files opened, a few keystrokes) and
// then idles, often for minutes. What it keeps is small (per document its text and diagnostics, a few
// outlines and trees: 15 MB of heap after a full GC with 200 real files open), but with Node's defaults
// V8 keeps the heap it grew during the burst, a 32 MB young generation and old-generation pages of
// collected trees, until its memory reducer runs, which needs a GC to start it and may wait minutes: 200
// files of the @dapr/dapr SDK opened, 159 MB RSS right after, 79 MB only after 90 s idle, and the
// benchmark's generated files still 144 MB then. So once the work stops, two full collections (one
// leaves a 39 MB heap, the second 19 MB), after which V8 gives the pages back: 75-84 MB over runs,
// of which 39 MB are Node's own binary (`pnpm bench:language-server`). `--optimize-for-size` gets the
// memory back too, but doubles the CPU time of every analysis (1.1 s against 2.3 s for those 200 files).
import { constants, performance, PerformanceObserver, type NodeGCPerformanceDetail } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Quiet this long after the last GC: the burst is over. Longer than the 5 s over which V8 measures the
 * allocation rate (so that the collection finds it low and shrinks the young generation as well), and
 * than the 10 s after which the documents drop the syntax trees they kept (lsp/documents.ts), which
 * are then garbage too: at 8 s the generated files of the bench stayed at 111 MB, at 12 s 78 MB.
 */
const IDLE_MS = 12_000;
/** Collections after one burst at most: V8 does not always shrink the heap at the first. */
const ATTEMPTS = 3;

export function tuneForMemory(): void {
  // oxc-parser allocates through its own mimalloc, which by default keeps freed pages for a while: a
  // long-lived server would hold on to the peak of its largest parse. Read when the parser is loaded
  // (after `initialize`), so setting it here is in time; a value the user set wins.
  process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
  const gc = fullCollection();
  collectWhenIdle(() => {
    gc();
    gc();
    // What is not live V8 keeps for later; given back, the heap is little more than what is live.
    const { total_heap_size: total, used_heap_size: used } = getHeapStatistics();
    return total < 1.5 * used;
  }, IDLE_MS);
}

/**
 * V8's full synchronous collection, `gc()` of `--expose-gc`, enabled once the process runs (an editor
 * starts the bin with its own Node flags, or none). Only a context created after the flag has `gc`: the
 * string evaluated is that name alone.
 */
export function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Grown by less than this since the last collection, the heap has nothing to give back. */
const GROWTH = 1.25;

/**
 * Calls `collect` once no scavenge (a young-generation GC: work allocates, and this is how it shows)
 * has run for `idleMs` after a GC found the heap grown since the last collection. Full GCs start the
 * wait but do not put it off: V8's memory reducer runs them on an idle heap. The collection's own GCs
 * count for nothing. A collection that says it did not get the memory back (false) is tried again
 * `idleMs` later, `ATTEMPTS` times in all. Never keeps the process alive.
 */
export function collectWhenIdle(collect: () => boolean, idleMs: number, heapSize = () => getHeapStatistics().total_heap_size): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let attempts = 0;
  let own = { start: 0, end: -1 };
  let collected = 0;
  const run = () => {
    timer = undefined;
    const start = performance.now();
    const done = collect();
    own = { start, end: performance.now() };
    collected = heapSize();
    if (!done && ++attempts < ATTEMPTS) timer = setTimeout(run, idleMs).unref();
  };
  // GC entries arrive after the fact (batched): told apart from the collection's own by their time.
  const observer = new PerformanceObserver((list) => {
    const work = list.getEntries().filter((gc) => gc.startTime < own.start || gc.startTime > own.end);
    if (work.length === 0 || heapSize() <= collected * GROWTH) return;
    attempts = 0;
    if (!timer) timer = setTimeout(run, idleMs).unref();
    else if (work.some((gc) => (gc as { detail?: NodeGCPerformanceDetail }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR)) timer.refresh();
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}
