// Use sites as values: one frozen object per combination of strength, namespace and case folding, so
// that a classification can be remembered per site and string (occurrences.ts) without building keys.
import type { CodePart, Namespace, UseSite } from '@dapr-codes/catalog';

type Strength = UseSite['strength'];
type SitePair = readonly [plain: UseSite, caseInsensitive: UseSite];

function siteRow(strength: Strength): Record<Namespace | 'any', SitePair> {
  const pair = (namespace?: Namespace) =>
    [false, true].map((fold) => Object.freeze<UseSite>({ strength, ...(namespace ? { namespace } : {}), ...(fold ? { caseInsensitive: true } : {}) })) as unknown as SitePair;
  return { any: pair(), code: pair('code'), reason: pair('reason') };
}

const SITES: Record<Strength, Record<Namespace | 'any', SitePair>> = { strong: siteRow('strong'), weak: siteRow('weak'), bare: siteRow('bare') };

const PART_SITES = new Map<string, UseSite>();

/** The interned site of these properties. */
export function useSite(strength: Strength, namespace?: Namespace, caseInsensitive = false, part?: CodePart): UseSite {
  const plain = SITES[strength][namespace ?? 'any'][caseInsensitive ? 1 : 0];
  if (!part) return plain;
  // Family checks (`errorCode.startsWith("ERR_LOCK")`) are rare: interned on first use.
  const key = `${strength}/${namespace ?? 'any'}/${caseInsensitive}/${part}`;
  let site = PART_SITES.get(key);
  if (!site) PART_SITES.set(key, (site = Object.freeze<UseSite>({ ...plain, part })));
  return site;
}
