// Links between pages: every page lives at a folder path (`codes/ERR_X/`), so a link from one page to
// another is relative (the site works under any base path and from a local server alike).

/** The href from the page at `from` (a folder path, '' for the root) to `to` (a folder or file path). */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').filter(Boolean).length;
  const href = '../'.repeat(depth) + to;
  return href === '' ? './' : href;
}
