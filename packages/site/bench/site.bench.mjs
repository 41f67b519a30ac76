#!/usr/bin/env node
// Measures the built site on localhost in Debian's Chromium: the weight of each kind of page (every
// byte it loads, and gzipped as a server would send it), the playground's JavaScript and WebAssembly,
// the time from navigation to the first findings (cold: a fresh browser cache each load), the lint
// time per edit, and axe-core's violations. Needs `node scripts/build.mjs` (or docs:build) first and
// Debian's chromium (CHROMIUM_PATH to use another).
//   node packages/site/bench/site.bench.mjs [--loads 10]
/* global document, performance, Event, requestAnimationFrame -- the functions given to page.evaluate run in the page */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const dir = join(import.meta.dirname, '..');
const site = join(dir, 'dist/www');
const { values } = parseArgs({ options: { loads: { type: 'string', default: '10' } } });
const loads = Number(values.loads);
const { serveSite } = await import(join(dir, 'dist/lib/serve.js'));
const { launchChromium } = await import(join(dir, 'dist/lib/testing/chromium.js'));
const { axeViolations } = await import(join(dir, 'dist/lib/testing/axe.js'));
const { sitePaths } = await import('@dapr-codes/catalog');

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serveSite(site);
const browser = await launchChromium();

/** Every file a page loads, by its path under the site: raw and gzipped bytes. */
async function weigh(path) {
  const page = await browser.context.newPage();
  const files = new Set();
  page.on('requestfinished', (request) => files.add(new URL(request.url()).pathname));
  await page.goto(server.url + path, { waitUntil: 'load' });
  if (path === sitePaths.playground) await page.waitForSelector('html[data-playground="ready"]');
  await page.close();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const local = join(site, file.endsWith('/') ? `${file}index.html` : file);
    const bytes = readFileSync(local);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.size, raw, gzip };
}

const lines = [];
lines.push('Page weight (every file the page loads; gzip -9 as a server would send it):');
for (const [name, path] of [['index', sitePaths.home], ['code page', sitePaths.code('ERR_TOPIC_EMPTY')], ['matrix', sitePaths.matrix], ['playground', sitePaths.playground]]) {
  const w = await weigh(path);
  lines.push(`  ${name.padEnd(11)} ${String(w.files).padStart(2)} files  ${kb(w.raw).padStart(11)}  gzip ${kb(w.gzip).padStart(10)}`);
}
for (const asset of ['playground.js', 'oxc-parser.wasm', 'search.js', 'site.css']) {
  const bytes = readFileSync(join(site, 'assets', asset));
  lines.push(`  assets/${asset.padEnd(16)} ${kb(bytes.length).padStart(11)}  gzip ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)}`);
}

// Cold loads: a new page with the HTTP cache off, so each load fetches, compiles and instantiates again.
const firstFindings = [];
const perEdit = [];
for (let i = 0; i < loads; i++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(server.url + sitePaths.playground);
  await page.waitForSelector('html[data-playground="ready"]');
  firstFindings.push(await page.evaluate(() => performance.getEntriesByName('first-findings')[0].startTime));
  // One lint of the default snippet after an edit, timed inside the page (the debounce excluded).
  perEdit.push(
    await page.evaluate(async () => {
      const editor = document.getElementById('editor');
      editor.value += '\n// edit\n';
      const start = performance.now();
      editor.dispatchEvent(new Event('input'));
      await new Promise((resolve) => {
        const check = () => (document.getElementById('findings').getAttribute('aria-busy') === null ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return performance.now() - start - 120;
    }),
  );
  await page.close();
}
lines.push(`Time to first findings on localhost (navigation start → findings shown), ${loads} cold loads: median ${median(firstFindings).toFixed(0)} ms, min ${Math.min(...firstFindings).toFixed(0)} ms, max ${Math.max(...firstFindings).toFixed(0)} ms`);
lines.push(`Re-lint after an edit (the default snippet, debounce excluded): median ${median(perEdit).toFixed(0)} ms`);

lines.push('axe-core (WCAG 2.1 A/AA and best practices) violations:');
for (const [name, path] of [['index', sitePaths.home], ['code page', sitePaths.code('ERR_TOPIC_EMPTY')], ['reason page', sitePaths.reason('DAPR_STATE_NOT_FOUND')], ['matrix', sitePaths.matrix], ['playground', sitePaths.playground], ['rule page', sitePaths.rule('no-unknown-code')]]) {
  const page = await browser.context.newPage();
  await page.goto(server.url + path);
  if (path === sitePaths.playground) await page.waitForSelector('html[data-playground="ready"]');
  const violations = await axeViolations(page);
  lines.push(`  ${name.padEnd(11)} ${violations.length}${violations.length ? ` (${violations.map((v) => v.id).join(', ')})` : ''}`);
  await page.close();
}
await browser.close();
await server.close();
console.log(lines.join('\n'));
