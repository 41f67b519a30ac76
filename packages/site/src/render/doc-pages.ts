// The rule docs (packages/eslint-plugin/docs/rules/*.md) and the guides (docs/*.md) as pages, and a
// list page for each. The Markdown is read when the site is built, so the pages follow the files.
import { sitePaths } from '@dapr-codes/catalog';
import { html, raw } from './html.js';
import type { Page, Section } from './layout.js';
import { relativeHref } from './links.js';
import { renderMarkdown, type PageOfFile } from './markdown.js';

export interface MarkdownFile {
  /** Path in the repository (`docs/editors.md`). */
  readonly repoPath: string;
  /** The page name (`editors`, `no-unknown-code`). */
  readonly name: string;
  readonly source: string;
}

export interface DocSet {
  readonly section: Extract<Section, 'rules' | 'guides'>;
  readonly title: string;
  readonly intro: string;
  readonly files: readonly MarkdownFile[];
  readonly pathOf: (name: string) => string;
  /** The list page's path. */
  readonly listPath: string;
}

export function docPages(set: DocSet, pageOf: PageOfFile, repositoryBlobUrl: string): Page[] {
  const rendered = set.files.map((file) => {
    const path = set.pathOf(file.name);
    const { html: body, title } = renderMarkdown(file.source, { repoPath: file.repoPath, pagePath: path, pageOf, relative: relativeHref, repositoryBlobUrl });
    const page: Page = {
      path,
      title: title ?? file.name,
      description: `${set.title}: ${title ?? file.name}`,
      body: html`<article class="doc">\n${raw(body)}<p class="source-link"><a href="${repositoryBlobUrl}${file.repoPath}">This page’s source: <code>${file.repoPath}</code></a></p>\n</article>`,
      section: set.section,
    };
    return page;
  });
  const { listPath } = set;
  const list: Page = {
    path: listPath,
    title: set.title,
    description: set.intro,
    section: set.section,
    body: html`<h1>${set.title}</h1>\n<p>${set.intro}</p>\n<ul class="doc-list">\n${rendered.map((p) => html`<li><a href="${relativeHref(listPath, p.path)}">${p.title}</a></li>\n`)}</ul>\n`,
  };
  return [list, ...rendered];
}

export const RULES_SET = {
  section: 'rules',
  title: 'Rules',
  intro: 'The ESLint rules of @dapr-codes/eslint-plugin (also run by Oxlint, the language server and the playground).',
  pathOf: sitePaths.rule,
  listPath: sitePaths.rules,
} as const satisfies Omit<DocSet, 'files'>;

export const GUIDES_SET = {
  section: 'guides',
  title: 'Guides',
  intro: 'Setting up the lint rules, the editors and the catalog.',
  pathOf: sitePaths.guide,
  listPath: sitePaths.guides,
} as const satisfies Omit<DocSet, 'files'>;
