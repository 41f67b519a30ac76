#!/usr/bin/env node
// Takes the README's screenshots (screenshots/*.png) of the built site in Debian's Chromium.
//   node packages/site/scripts/screenshots.mjs   (after node scripts/build.mjs)
/* global document -- the function given to page.evaluate runs in the page */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..');
const { serveSite } = await import(join(dir, 'dist/lib/serve.js'));
const { launchChromium } = await import(join(dir, 'dist/lib/testing/chromium.js'));
const { sitePaths } = await import('@dapr-codes/catalog');

const shots = [
  ['index', `${sitePaths.home}?q=state`],
  ['code-page', sitePaths.code('ERR_TOPIC_EMPTY')],
  ['matrix', `${sitePaths.matrix}`],
  ['playground', sitePaths.playground],
];
mkdirSync(join(dir, 'screenshots'), { recursive: true });
const server = await serveSite(join(dir, 'dist/www'));
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1200, height: 760 });
for (const [name, path] of shots) {
  await page.goto(server.url + path);
  if (path === sitePaths.playground) await page.waitForSelector('html[data-playground="ready"]');
  // The matrix's newest releases are on the right, as on caniuse: show those.
  if (path === sitePaths.matrix) await page.evaluate(() => document.querySelector('.matrix-scroll').scrollTo({ left: 1e6 }));
  await page.screenshot({ path: join(dir, 'screenshots', `${name}.png`) });
}
await browser.close();
await server.close();
