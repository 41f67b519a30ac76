// The built site (dist/www, written by the workspace build that `pnpm test` runs first) and a server for it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SITE_DIR = join(import.meta.dirname, '../../dist/www');

export function assertSiteBuilt(): void {
  if (!existsSync(join(SITE_DIR, 'index.html'))) throw new Error(`No built site in ${SITE_DIR}: run \`node scripts/build.mjs\` (the workspace build) first`);
}
