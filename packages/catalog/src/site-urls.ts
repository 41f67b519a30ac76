// Where the reference site (packages/site) is published and the path of each of its pages: the one
// place every link into the site comes from (the editor hover, the site's own links). When the site
// moves, change SITE_BASE_URL; test/site-urls.test.ts checks the shape, the site's tests that each path is a page.

/** The site's public address; ends with a slash, every page path is relative to it. */
export const SITE_BASE_URL = 'https://dapr-codes.github.io/dapr-codes/';

/** Page paths relative to the site's root; each is a folder holding `index.html`. */
export const sitePaths = {
  home: '',
  matrix: 'matrix/',
  playground: 'playground/',
  rules: 'rules/',
  guides: 'guides/',
  code: (code: string): string => `codes/${code}/`,
  reason: (reason: string): string => `reasons/${reason}/`,
  rule: (rule: string): string => `rules/${rule}/`,
  guide: (name: string): string => `guides/${name}/`,
} as const;

/** The public address of a code's page. */
export function codePageUrl(code: string): string {
  return SITE_BASE_URL + sitePaths.code(code);
}

/** The public address of an ErrorInfo reason's (or workflow failure type's) page. */
export function reasonPageUrl(reason: string): string {
  return SITE_BASE_URL + sitePaths.reason(reason);
}
