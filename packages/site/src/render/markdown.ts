// The rule docs and guides as pages: Markdown rendered by markdown-it (CommonMark; raw HTML in the
// source is escaped, except the comments that eslint-doc-generator and the docs tests use as markers).
// Headings get GitHub-style ids so `guide.md#section` links land; links to other Markdown files become
// links to their pages when the site has one, else to the file in the repository.
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { posix } from 'node:path';

/** Repository path of a Markdown file (`docs/editors.md`) → page path (`guides/editors/`), when it is a page. */
export type PageOfFile = (repoPath: string) => string | undefined;

export interface MarkdownContext {
  /** The file's path in the repository, for resolving its relative links. */
  readonly repoPath: string;
  /** The page's own path, for making links relative. */
  readonly pagePath: string;
  readonly pageOf: PageOfFile;
  readonly relative: (from: string, to: string) => string;
  /** `https://github.com/<owner>/<repo>/blob/main/`: where files that are not pages are linked. */
  readonly repositoryBlobUrl: string;
}

export interface RenderedMarkdown {
  readonly html: string;
  /** The text of the first level-1 heading. */
  readonly title: string | undefined;
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2. */
export function slugify(text: string, seen: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

function rewriteLink(href: string, context: MarkdownContext): string {
  if (EXTERNAL.test(href) || href.startsWith('#')) return href;
  const [path = '', fragment] = href.split('#', 2);
  const target = posix.normalize(posix.join(posix.dirname(context.repoPath), path));
  const page = context.pageOf(target);
  const suffix = fragment === undefined ? '' : `#${fragment}`;
  if (page !== undefined) return context.relative(context.pagePath, page) + suffix;
  return context.repositoryBlobUrl + target + suffix;
}

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[i + 1];
      const text = inline?.children?.filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('') ?? '';
      token.attrSet('id', slugify(text, seen));
    });
  });
  return md;
}

const renderer = createRenderer();

/** Markers the docs carry as HTML comments (`<!-- fixture: … -->`, `<!-- begin auto-generated … -->`): not content. */
const MARKER_COMMENT = /^[ \t]*<!--[^]*?-->[ \t]*\n?/gm;

export function renderMarkdown(source: string, context: MarkdownContext): RenderedMarkdown {
  const text = source.replace(MARKER_COMMENT, '');
  const env = {};
  const tokens = renderer.parse(text, env);
  let title: string | undefined;
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && token.tag === 'h1' && title === undefined) title = tokens[i + 1]?.content;
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        const href = child.attrGet('href');
        if (typeof href === "string") child.attrSet('href', rewriteLink(href, context));
      }
    }
  });
  return { html: renderer.renderer.render(tokens, renderer.options, env), title };
}
