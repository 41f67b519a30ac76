import { describe, expect, it } from 'vitest';
import { allCodes, allReasons, codePageUrl, reasonPageUrl, SITE_BASE_URL, sitePaths } from '../src/index.js';

describe('reference site addresses', () => {
  it('has one https base that ends with a slash, without query or fragment', () => {
    const url = new URL(SITE_BASE_URL);
    expect(url.protocol).toBe('https:');
    expect(url.pathname.endsWith('/')).toBe(true);
    expect(url.search + url.hash).toBe('');
    expect(url.href).toBe(SITE_BASE_URL);
  });

  it('gives every code and reason a page folder under the base, its name unescaped in the path', () => {
    for (const { code } of allCodes) expect(codePageUrl(code)).toBe(new URL(`codes/${code}/`, SITE_BASE_URL).href);
    for (const { reason } of allReasons) expect(reasonPageUrl(reason)).toBe(new URL(`reasons/${reason}/`, SITE_BASE_URL).href);
  });

  it('names every page as a relative folder path', () => {
    const paths = [sitePaths.matrix, sitePaths.playground, sitePaths.rules, sitePaths.guides, sitePaths.code('ERR_X'), sitePaths.reason('DAPR_X'), sitePaths.rule('no-unknown-code'), sitePaths.guide('editors')];
    for (const path of paths) expect(path).toMatch(/^[a-z]+\/(?:[\w-]+\/)?$/i);
    expect(sitePaths.home).toBe('');
  });
});
