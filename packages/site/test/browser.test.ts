// The site in a real browser (Debian's Chromium through playwright-core), served on localhost from the
// built dist/www: search finds a code, a code page shows the catalog's status and releases, the matrix
// has every release, the playground reports a typo with the catalog's suggestion and applies the fix,
// a shared link restores the snippet, and axe-core finds no accessibility violation.
import { allCodes, fixTitle, getCode, isPresentIn, META, sitePaths, suggestCodes } from '@dapr-codes/catalog';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeState } from '../src/playground/share.js';
import { serveSite, type RunningServer } from '../src/serve.js';
import { axeViolations } from '../src/testing/axe.js';
import { launchChromium, type Browser } from '../src/testing/chromium.js';
import { assertSiteBuilt, SITE_DIR } from './harness/site.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  assertSiteBuilt();
  server = await serveSite(SITE_DIR);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Nothing may leave localhost: no fonts, scripts or data from elsewhere.
  await browser.context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
    errors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (path: string) => {
  await page.goto(server.url + path);
};

const playgroundReady = () => page.waitForSelector('html[data-playground="ready"]', { timeout: 30_000 });

/** A current code whose one-underscore-less spelling the catalog suggests back: a typo a user makes. */
function typoOfSomeCode(): { typo: string; code: string } {
  for (const code of ['ERR_STATE_STORE_NOT_FOUND', 'ERR_PUBSUB_NOT_FOUND', 'ERR_ACTOR_INSTANCE_MISSING']) {
    const entry = getCode(code);
    if (!entry || entry.status !== 'active') continue;
    const typo = code.replace(/_(?=[^_]*$)/, '');
    if (suggestCodes(typo)[0] === code) return { typo, code };
  }
  throw new Error('no code of the list is active with its typo suggested back');
}

describe('the site in Chromium', () => {
  it('finds a code by searching the index, and filters by status and release', async () => {
    await open('');
    const rows = page.locator('#code-table tbody tr:not([hidden])');
    const all = await rows.count();
    await page.fill('#q', 'state store not found');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.locator('a', { hasText: /^ERR_STATE_STORE_NOT_FOUND$/ }).count()).toBe(1);
    await page.fill('#q', '');
    await page.selectOption('#status', 'removed');
    const removed = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(removed.length).toBeGreaterThan(0);
    expect(new Set(removed)).toEqual(new Set(['removed']));
    expect(page.url()).toContain('status=removed');
    await page.selectOption('#status', '');
    await page.selectOption('#line', '1.13');
    const names = await rows.locator('td:first-child').allInnerTexts();
    expect(new Set(names)).toEqual(new Set(allCodes.filter((e) => isPresentIn(e, '1.13')).map((e) => e.code)));
    expect(await page.locator('#count').innerText()).toMatch(/^\d+ codes and \d+ reasons match\.$/);
  });

  it('focuses the search with "/" and reaches the results by keyboard', async () => {
    await open('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('ERR_TOPIC_EMPTY');
    // Tab past the filters to the first visible result link.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ERR_TOPIC_EMPTY');
    await page.keyboard.press('Enter');
    await page.waitForURL(/codes\/ERR_TOPIC_EMPTY\/$/);
  });

  it('shows a code page with the catalog’s status, statuses, versions and replacement', async () => {
    const entry = getCode('ERR_TOPIC_EMPTY')!;
    await open(sitePaths.code(entry.code));
    expect(await page.locator('h1').innerText()).toBe(entry.code);
    const facts = Object.fromEntries(
      await page.locator('table.facts tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent])),
    );
    expect(facts['Status']).toContain(entry.status);
    if (entry.httpStatus !== null) expect(facts['HTTP status']).toBe(String(entry.httpStatus));
    if (entry.grpcCode !== null) expect(facts['gRPC code']).toBe(entry.grpcCode);
    expect(facts['Sent since']).toBe(entry.sinceVersion);
    if (entry.status === 'removed') {
      expect(facts['Removed in']).toBe(entry.removedInVersion);
      if (entry.replacedBy) expect(facts['Replaced by']).toContain(entry.replacedBy);
    }
    const lines = await page.locator('.strip li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['line']));
    expect(lines).toEqual([...META.releaseLines.map((t) => t.replace(/^v(\d+)\.(\d+)\.\d+$/, '$1.$2')), 'master']);
  });

  it('has every release line in the matrix, and every code as a row', async () => {
    await open(sitePaths.matrix);
    const head = await page.locator('#matrix thead th[data-line]').allInnerTexts();
    expect(head).toEqual([...META.releaseLines.map((t) => t.replace(/^v(\d+)\.(\d+)\.\d+$/, '$1.$2')), 'master']);
    expect(await page.locator('#matrix tbody tr').count()).toBe(allCodes.length);
  });

  it('reports a typo in the playground with the catalog’s suggestion, and applies it on click', async () => {
    const { typo, code } = typoOfSomeCode();
    const snippet = `export function missing(err: { errorCode?: string }) {\n  return err.errorCode === '${typo}';\n}\n`;
    await open(sitePaths.playground);
    await playgroundReady();
    await page.fill('#editor', snippet);
    const finding = page.locator('#findings li[data-rule="@dapr-codes/no-unknown-code"]');
    await finding.waitFor();
    expect(await finding.locator('.message').innerText()).toContain(`'${typo}'`);
    expect(await finding.locator('.message').innerText()).toContain(`Did you mean '${code}'?`);
    await finding.getByRole('button', { name: fixTitle({ kind: 'replace', replacement: code }) }).click();
    expect(await page.inputValue('#editor')).toBe(snippet.replace(typo, code));
    await expect.poll(() => page.locator('#findings li').count()).toBe(0);
    expect(await page.locator('#lint-status').innerText()).toContain('No findings.');
  });

  it('shares the snippet, language, version and config through the URL', async () => {
    const code = "export const isGone = (err: { errorCode?: string }) => err.errorCode === 'ERR_TOPIC_NAME_EMPTY';\n";
    await open(`${sitePaths.playground}${encodeState({ code, language: 'ts', version: '1.13', config: 'strict' })}`);
    await playgroundReady();
    expect(await page.inputValue('#editor')).toBe(code);
    expect(await page.inputValue('#version')).toBe('1.13');
    expect(await page.inputValue('#config')).toBe('strict');
    // The strict config and the version came along: a code 1.13 does not send is reported.
    const sent = isPresentIn(getCode('ERR_TOPIC_NAME_EMPTY')!, '1.13');
    await expect.poll(() => page.locator('#findings li[data-rule="@dapr-codes/no-deprecated-code"]').count()).toBe(sent ? 0 : 1);
    // Editing updates the address, so copying it shares the edit.
    await page.fill('#version', '');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('version') === '');
  });

  it('checks a range: a code is reported when one runtime of the range does not send it', async () => {
    // The two spellings of the topic-empty code, over a range that runs into the rename (derived from the data).
    const renamed = getCode('ERR_TOPIC_NAME_EMPTY')!;
    const line = (v: string) => v.replace(/^v/, '').split('.').slice(0, 2).join('.');
    const range = `>=${line(getCode('ERR_TOPIC_EMPTY')!.lastPresentIn!)} <=${line(renamed.sinceVersion)}`;
    const code = "export const isEmpty = (err: { errorCode?: string }) => err.errorCode === 'ERR_TOPIC_NAME_EMPTY';\n";
    await open(`${sitePaths.playground}${encodeState({ code, language: 'ts', version: range, config: 'recommended' })}`);
    await playgroundReady();
    const finding = page.locator('#findings li[data-rule="@dapr-codes/no-deprecated-code"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.locator('.message').innerText()).toContain(`not sent before Dapr ${renamed.sinceVersion}`);
    expect(await page.getAttribute('#version', 'aria-invalid')).toBe('false');
  });

  it('applies a fix from the keyboard', async () => {
    await open(sitePaths.playground);
    await playgroundReady();
    const before = await page.locator('#findings li').count();
    expect(before).toBeGreaterThan(0);
    const fix = page.locator('#findings button.fix, #findings button.suggestion').first();
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#lint-status').innerText()).toMatch(/^Applied: /);
  });

  it('tells a version the rules refuse, and marks the field invalid', async () => {
    await open(sitePaths.playground);
    await playgroundReady();
    await page.fill('#version', '99.1');
    await expect.poll(() => page.getAttribute('#version', 'aria-invalid')).toBe('true');
    expect(await page.locator('#lint-status').innerText()).toContain('99.1');
  });

  for (const [name, path] of [
    ['index', ''],
    ['a code page', sitePaths.code('ERR_TOPIC_EMPTY')],
    ['a reason page', sitePaths.reason('DAPR_STATE_NOT_FOUND')],
    ['the matrix', sitePaths.matrix],
    ['the playground', sitePaths.playground],
    ['a rule page', sitePaths.rule('no-unknown-code')],
    ['a guide', sitePaths.guide('editors')],
  ] as const) {
    it(`has no axe-core violation on ${name}`, async () => {
      await open(path);
      if (path === sitePaths.playground) await playgroundReady();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('loaded nothing from outside localhost and logged no error', () => {
    expect(errors).toEqual([]);
  });
});
