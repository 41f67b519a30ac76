// The built pages equal what the catalog and the Markdown sources give now (a stale build fails), and
// what they say agrees with the catalog's own version queries: every code and reason has its page with
// its status and the releases that send it, the matrix has every release line and every code.
import { allCodes, allReasons, getCodesInVersion, getReasonsInVersion, META, sitePaths } from '@dapr-codes/catalog';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources, renderSite } from '../src/generate.js';
import { assertSiteBuilt, SITE_DIR } from './harness/site.js';

const root = join(import.meta.dirname, '../../..');
let files: Map<string, string>;

beforeAll(() => {
  assertSiteBuilt();
  files = renderSite(readSources(root));
});

function builtPages(dir = SITE_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'assets' ? [] : builtPages(join(dir, d.name), `${prefix}${d.name}/`);
    return d.name.endsWith('.html') ? [`${prefix}${d.name}`] : [];
  });
}

/** Which lines send an entry, by the catalog's version queries (not the site's own helper). */
function expectedCells(sends: (version: string) => boolean): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const newest of META.releaseLines) {
    const [, major, minor] = /^v(\d+)\.(\d+)\./.exec(newest)!;
    const line = `${major}.${minor}`;
    cells[line] = !sends(line) ? 'none' : sends(`v${line}.0`) && sends(newest) ? 'all' : 'some';
  }
  cells['master'] = sends('master') ? 'all' : 'none';
  return cells;
}

const codeSender = (code: string) => (version: string) => getCodesInVersion(version).some((e) => e.code === code);
const reasonSender = (reason: string) => (version: string) => getReasonsInVersion(version).some((e) => e.reason === reason);

const cellsOf = (page: string): Record<string, string> => Object.fromEntries([...page.matchAll(/data-line="([^"]+)" data-cell="(\w+)"/g)].map((m) => [m[1], m[2]]));

describe('the built site', () => {
  it('equals a fresh render of the catalog and the docs (rebuild after a change)', () => {
    expect(builtPages().sort()).toEqual([...files.keys()].sort());
    for (const [file, content] of files) expect(readFileSync(join(SITE_DIR, file), 'utf8'), file).toBe(content);
  });

  it('has a page for every code, with its status and the releases that send it', () => {
    for (const entry of allCodes) {
      const page = files.get(`${sitePaths.code(entry.code)}index.html`);
      expect(page, entry.code).toBeDefined();
      expect(page).toContain(`data-code="${entry.code}" data-status="${entry.status}"`);
      expect(cellsOf(page!), entry.code).toEqual(expectedCells(codeSender(entry.code)));
      if (entry.httpStatus !== null) expect(page).toContain(`<th scope="row">HTTP status</th><td>${entry.httpStatus}</td>`);
      if (entry.grpcCode !== null) expect(page).toContain(`<th scope="row">gRPC code</th><td>${entry.grpcCode}</td>`);
      for (const reason of entry.reasons) expect(page).toContain(`<code>${reason}</code>`);
      if (entry.status === 'removed') expect(page).toContain(`<th scope="row">Removed in</th><td>${entry.removedInVersion}</td>`);
    }
  });

  it('has a page for every reason, with its status and releases', () => {
    for (const entry of allReasons) {
      const page = files.get(`${sitePaths.reason(entry.reason)}index.html`);
      expect(page, entry.reason).toContain(`data-reason="${entry.reason}" data-status="${entry.status}"`);
      expect(cellsOf(page!), entry.reason).toEqual(expectedCells(reasonSender(entry.reason)));
    }
  });

  it('has no code or reason page the catalog does not know', () => {
    const codes = new Set(allCodes.map((e) => e.code));
    const reasons = new Set(allReasons.map((e) => e.reason));
    for (const file of files.keys()) {
      const code = /^codes\/([^/]+)\/index\.html$/.exec(file)?.[1];
      if (code !== undefined) expect(codes.has(code), file).toBe(true);
      const reason = /^reasons\/([^/]+)\/index\.html$/.exec(file)?.[1];
      if (reason !== undefined) expect(reasons.has(reason), file).toBe(true);
    }
  });

  it('puts every release line and master in the matrix, and every code as a row with the catalog’s cells', () => {
    const matrix = files.get(`${sitePaths.matrix}index.html`)!;
    const head = [...matrix.matchAll(/<th scope="col" data-line="([^"]+)"/g)].map((m) => m[1]);
    expect(head).toEqual([...META.releaseLines.map((t) => t.replace(/^v(\d+)\.(\d+)\.\d+$/, '$1.$2')), 'master']);
    const rows = [...matrix.matchAll(/<tr id="([^"]+)" data-code="[^"]+">(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(allCodes.map((e) => e.code));
    for (const [, code, cells] of rows) {
      const kinds = [...cells!.matchAll(/data-cell="(\w+)"/g)].map((m) => m[1]);
      expect(kinds, code).toEqual(Object.values(expectedCells(codeSender(code!))));
    }
  });

  it('indexes every code and reason, with the lines that send it for the release filter', () => {
    const index = files.get('index.html')!;
    for (const entry of allCodes) {
      const lines = Object.entries(expectedCells(codeSender(entry.code))).filter(([, kind]) => kind !== 'none').map(([line]) => line);
      expect(index, entry.code).toContain(`data-status="${entry.status}" data-lines="${lines.join(' ')}"`);
      expect(index).toContain(`<a href="${sitePaths.code(entry.code)}"><code>${entry.code}</code></a>`);
    }
    for (const entry of allReasons) expect(index).toContain(`<a href="${sitePaths.reason(entry.reason)}"><code>${entry.reason}</code></a>`);
  });

  it('makes a page of every rule doc and guide, and links between them resolve to pages', () => {
    const sources = readSources(root);
    for (const rule of sources.rules) expect(files.has(`${sitePaths.rule(rule.name)}index.html`), rule.name).toBe(true);
    for (const guide of sources.guides) expect(files.has(`${sitePaths.guide(guide.name)}index.html`), guide.name).toBe(true);
    // Every relative link of every page names a page (or asset) of the site.
    for (const [file, content] of files) {
      const dir = file.replace(/index\.html$/, '');
      for (const [, href] of content.matchAll(/href="([^"#:]+)(?:#[^"]*)?"/g)) {
        const target = new URL(href!, `http://site/${dir}`).pathname.slice(1);
        const exists = target.startsWith('assets/') || files.has(target.endsWith('/') || target === '' ? `${target}index.html` : target);
        expect(exists, `${file} links to ${href}`).toBe(true);
      }
    }
  });
});
