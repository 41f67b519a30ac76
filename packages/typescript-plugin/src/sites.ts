// Use sites as values: one frozen object per combination of what a site says, so that a classification
// can be remembered per site and string (occurrences.ts) without building keys per string.
import type { UseSite } from '@dapr-codes/catalog';

const SITES = new Map<string, UseSite>();

/** The interned site equal to this one. */
export function useSite(site: UseSite): UseSite {
  const key = `${site.strength}/${site.namespace ?? ''}/${site.fold ?? ''}/${site.part ?? ''}/${site.search ? 's' : ''}/${site.envelope ?? ''}`;
  let interned = SITES.get(key);
  if (!interned) {
    const { strength, namespace, fold, part, search, envelope } = site;
    interned = Object.freeze<UseSite>({ strength, ...(namespace ? { namespace } : {}), ...(fold ? { fold } : {}), ...(part ? { part } : {}), ...(search ? { search } : {}), ...(envelope ? { envelope } : {}) });
    SITES.set(key, interned);
  }
  return interned;
}
