// The frame of every page: one stylesheet, no external fonts or scripts, a skip link, the site's
// navigation (the current page marked with aria-current) and a footer naming the catalog snapshot.
import { META, sitePaths } from '@dapr-codes/catalog';
import { html, type Html } from './html.js';
import { relativeHref } from './links.js';

export interface Page {
  /** Folder path of the page (`codes/ERR_X/`); '' for the home page. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly body: Html;
  /** Scripts of the site's own, by path under the root (`assets/search.js`). */
  readonly scripts?: readonly string[];
  /** Which navigation entry the page belongs to. */
  readonly section: Section;
}

export type Section = 'codes' | 'matrix' | 'playground' | 'rules' | 'guides';

const NAV: readonly { readonly section: Section; readonly label: string; readonly path: string }[] = [
  { section: 'codes', label: 'Codes', path: sitePaths.home },
  { section: 'matrix', label: 'Version matrix', path: sitePaths.matrix },
  { section: 'playground', label: 'Playground', path: sitePaths.playground },
  { section: 'rules', label: 'Rules', path: sitePaths.rules },
  { section: 'guides', label: 'Guides', path: sitePaths.guides },
];

export function renderPage(page: Page): string {
  const href = (to: string) => relativeHref(page.path, to);
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · dapr-codes</title>
<meta name="description" content="${page.description}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${href('assets/site.css')}">
${(page.scripts ?? []).map((s) => html`<script type="module" src="${href(s)}"></script>\n`)}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${href(sitePaths.home)}">dapr-codes</a>
<nav aria-label="Site">
<ul>
${NAV.map((n) => html`<li><a href="${href(n.path)}"${n.section === page.section ? html` aria-current="page"` : ''}>${n.label}</a></li>\n`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer class="site-footer">
<p>Generated from the dapr-codes catalog: Dapr runtime source up to ${META.latestRelease} and master (${META.masterLine} development, commit <code>${META.daprCommit}</code>).</p>
</footer>
</body>
</html>
`;
  return doc.text;
}
