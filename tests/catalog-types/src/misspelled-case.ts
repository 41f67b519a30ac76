// Must not compile: the test expects exactly TypeScript's "not comparable" error (TS2678) on the case.
import { parseDaprError } from '@dapr-codes/catalog';

export function isMissingStore(err: unknown): boolean {
  switch (parseDaprError(err)?.code) {
    case 'ERR_STATE_STORE_NOTFOUND':
      return true;
    default:
      return false;
  }
}
