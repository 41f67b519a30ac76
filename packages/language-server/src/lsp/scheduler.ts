// Diagnostics run after a pause in typing (debounce) and only for the latest version of a document:
// a newer version supersedes the pending run, and a run whose version is no longer current is dropped.
export interface Scheduler {
  /** Runs `task` after the delay unless `schedule` is called again for the same key first. */
  schedule(key: string, task: () => void): void;
  cancel(key: string): void;
  dispose(): void;
}

export function createScheduler(delayMs: number): Scheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  const cancel = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  return {
    schedule(key, task) {
      cancel(key);
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          task();
        }, delayMs),
      );
    },
    cancel,
    dispose() {
      for (const key of [...timers.keys()]) cancel(key);
    },
  };
}
