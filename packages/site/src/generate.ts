// Builds every page of the site from the catalog and the Markdown sources: `renderSite` is pure (the
// drift test compares its pages with the catalog), `readSources` reads the Markdown files, `writeSite`
// writes `<path>/index.html` for each page.
import { allCodes, allReasons, META, sitePaths } from '@dapr-codes/catalog';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { codePage } from './render/code-page.js';
import { docPages, GUIDES_SET, RULES_SET, type MarkdownFile } from './render/doc-pages.js';
import { indexPage } from './render/index-page.js';
import { renderPage, type Page } from './render/layout.js';
import { matrixPage } from './render/matrix-page.js';
import { playgroundPage } from './render/playground-page.js';
import { reasonPage } from './render/reason-page.js';

export interface SiteSources {
  readonly guides: readonly MarkdownFile[];
  readonly rules: readonly MarkdownFile[];
  /** `https://github.com/<owner>/<repo>/blob/main/` */
  readonly repositoryBlobUrl: string;
}

/** docs/codes.md is the Markdown twin of the home page, so it is not a guide of its own. */
const NOT_GUIDES = new Set(['codes']);

const require = createRequire(import.meta.url);

function markdownFiles(dir: string, repoDir: string, skip: ReadonlySet<string> = new Set()): MarkdownFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !skip.has(f.slice(0, -3)))
    .sort()
    .map((f) => ({ repoPath: `${repoDir}/${f}`, name: f.slice(0, -3), source: readFileSync(join(dir, f), 'utf8') }));
}

/** The Markdown sources: the repository's docs/ (at `root`) and the rule docs the plugin package ships. */
export function readSources(root: string): SiteSources {
  const pluginDir = dirname(require.resolve('@dapr-codes/eslint-plugin/package.json'));
  const catalog = require('@dapr-codes/catalog/package.json') as { repository: { url: string } };
  const repository = catalog.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  return {
    guides: markdownFiles(join(root, 'docs'), 'docs', NOT_GUIDES),
    rules: markdownFiles(join(pluginDir, 'docs/rules'), 'packages/eslint-plugin/docs/rules'),
    repositoryBlobUrl: `${repository}/blob/main/`,
  };
}

/** A `sourceFiles` entry (`pkg/x.go` or `pkg/x.go @v1.13.6`) in dapr/dapr, at its tag or the catalog's commit. */
function daprSourceUrl(file: string): string {
  const [path, tag] = file.split(' @');
  return `${META.sourceRepoUrl}/blob/${tag ?? META.daprCommit}/${path}`;
}

/** Every page: path (a folder, '' for the root) → the page. */
export function sitePages(sources: SiteSources): Page[] {
  const guideNames = new Set(sources.guides.map((g) => g.name));
  const ruleNames = new Set(sources.rules.map((r) => r.name));
  const pageOf = (repoPath: string): string | undefined => {
    const guide = /^docs\/([\w-]+)\.md$/.exec(repoPath)?.[1];
    if (guide === 'codes') return sitePaths.home;
    if (guide !== undefined && guideNames.has(guide)) return sitePaths.guide(guide);
    const rule = /^packages\/eslint-plugin\/docs\/rules\/([\w-]+)\.md$/.exec(repoPath)?.[1];
    if (rule !== undefined && ruleNames.has(rule)) return sitePaths.rule(rule);
    return undefined;
  };
  return [
    indexPage(),
    matrixPage(),
    playgroundPage(),
    ...allCodes.map((entry) => codePage(entry, { sourceUrl: daprSourceUrl })),
    ...allReasons.map((entry) => reasonPage(entry, daprSourceUrl)),
    ...docPages({ ...RULES_SET, files: sources.rules }, pageOf, sources.repositoryBlobUrl),
    ...docPages({ ...GUIDES_SET, files: sources.guides }, pageOf, sources.repositoryBlobUrl),
  ];
}

/** File path under the site's root → HTML. */
export function renderSite(sources: SiteSources): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of sitePages(sources)) {
    const file = `${page.path}index.html`;
    if (files.has(file)) throw new Error(`two pages at ${page.path}`);
    files.set(file, renderPage(page));
  }
  return files;
}

export function writeSite(outDir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, content] of files) {
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
