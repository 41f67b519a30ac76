// A small most-recently-used cache: syntax trees and outlines are kept for the few documents being
// worked on, not for every open file (a tree with its scopes is tens of times the size of its text).
// With `idleMs`, everything is dropped once the cache has not been used for that long: an idle server
// holds no syntax tree.
export function createRecent<K, V>(capacity: number, idleMs?: number) {
  const entries = new Map<K, V>();
  let idleTimer: NodeJS.Timeout | undefined;
  const touched = () => {
    if (idleMs === undefined) return;
    idleTimer?.refresh();
    // Unreferenced: a pending drop never keeps the process alive.
    idleTimer ??= setTimeout(() => {
      entries.clear();
      idleTimer = undefined;
    }, idleMs).unref();
  };
  return {
    get(key: K): V | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
        touched();
      }
      return value;
    },
    set(key: K, value: V): void {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
      touched();
    },
    delete(key: K): void {
      entries.delete(key);
    },
    clear(): void {
      entries.clear();
    },
  };
}
