// Presence of a code or reason across refs in version order (branch last). Pure.
import { isV1OrLater } from './versions.mjs';

/**
 * Stretches of presence: `[since, lastPresent, removedIn]`, `removedIn` null while still present on the branch.
 * @param {string[]} refs release tags in version order, then the branch
 * @param {(ref: string, index: number) => boolean} isPresent
 * @returns {[string, string, string | null][]}
 */
export function presenceIntervals(refs, isPresent) {
  const intervals = [];
  let open = null;
  refs.forEach((ref, i) => {
    if (isPresent(ref, i)) {
      if (open) open[1] = ref;
      else intervals.push((open = [ref, ref, null]));
    } else if (open) {
      open[2] = ref;
      open = null;
    }
  });
  return intervals;
}

/**
 * @typedef {{ intervals: [string, string, string | null][], unreleased: boolean, sinceVersion: string, firstV1Release: string | null }} LifecycleBase
 * @typedef {LifecycleBase & { removed: false, removedInVersion: null, lastPresentIn: null }} CurrentLifecycle
 * @typedef {LifecycleBase & { removed: true, removedInVersion: string, lastPresentIn: string }} RemovedLifecycle
 * @typedef {CurrentLifecycle | RemovedLifecycle} Lifecycle
 */

/**
 * What presence says about an entry. `sinceVersion` is the start of the current (last) stretch, so a re-added
 * code reads "since" its return; earlier stretches stay in the intervals.
 * @param {string[]} refs release tags in version order, then the branch
 * @param {boolean[]} present one per ref, at least one true
 * @returns {Lifecycle}
 */
export function lifecycle(refs, present) {
  const intervals = presenceIntervals(refs, (_ref, i) => present[i]);
  const last = intervals[intervals.length - 1];
  const branch = refs[refs.length - 1];
  const firstV1Release = refs.find((ref, i) => present[i] && ref !== branch && isV1OrLater(ref)) ?? null;
  const base = { intervals, unreleased: present.every((p, i) => !p || i === refs.length - 1), sinceVersion: last[0], firstV1Release };
  return last[2] === null
    ? { ...base, removed: false, removedInVersion: null, lastPresentIn: null }
    : { ...base, removed: true, removedInVersion: last[2], lastPresentIn: last[1] };
}
