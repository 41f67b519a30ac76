// A code's page: what it means, how the runtime sends it, which releases send it, what replaced it, how
// to handle it, and what the lint rules say where it is used. Every fact comes from the catalog entry.
import {
  classifyString,
  getCodeProblem,
  getCurrentReplacement,
  isKnownUse,
  sitePaths,
  type CodeEntry,
  type Variant,
} from '@dapr-codes/catalog';
import { codeExample, exampleVersion } from '../model/example.js';
import { releaseLines } from '../model/releases.js';
import { encodeState } from '../playground/share.js';
import { categoriesText, codeLink, listOf, presenceText, reasonLink, STATUS_TEXT, statusBadge } from './facts.js';
import { html, type Html } from './html.js';
import type { Page } from './layout.js';
import { relativeHref } from './links.js';
import { versionStrip } from './version-strip.js';

const EXPOSURE: Readonly<Record<string, string>> = {
  'http-body+grpc-status-only': 'in the HTTP body; gRPC clients get only the status code and message',
  'http-body+grpc-errorinfo': 'in the HTTP body, and as an ErrorInfo detail over gRPC',
  'http-body-only': 'in the HTTP body only',
  'grpc-errorinfo-only': 'as an ErrorInfo detail over gRPC only',
  'metrics-only': 'in metrics only, never to a client',
};

const row = (name: string, value: Html | string | null | undefined): Html => (value === null || value === undefined || value === '' ? html`` : html`<tr><th scope="row">${name}</th><td>${value}</td></tr>\n`);

function variantsTable(variants: readonly Variant[], from: string): Html {
  if (variants.length === 0) return html``;
  return html`<h2 id="variants">Other ways it is sent</h2>
<table>
<thead><tr><th scope="col">where</th><th scope="col">HTTP</th><th scope="col">gRPC</th><th scope="col">reasons</th><th scope="col">message</th></tr></thead>
<tbody>
${variants.map((v) => html`<tr><td>${v.where}</td><td>${v.httpStatus ?? ''}</td><td>${v.grpcCode ?? ''}</td><td>${listOf((v.reasons ?? []).map((r) => reasonLink(from, r)))}</td><td>${v.messageTemplate ? html`<code>${v.messageTemplate}</code>` : ''}</td></tr>\n`)}</tbody>
</table>\n`;
}

function removal(entry: CodeEntry, from: string): Html {
  if (entry.status !== 'removed') return html``;
  const current = getCurrentReplacement(entry);
  return html`${row('Removed in', entry.removedInVersion)}${row('Last sent by', entry.lastPresentIn)}${row(
    'Replaced by',
    entry.replacedBy === null ? 'nothing' : html`${codeLink(from, entry.replacedBy)}${current && current.code !== entry.replacedBy ? html` (today: ${codeLink(from, current.code)})` : ''}`,
  )}`;
}

/** What `no-unknown-code`/`no-deprecated-code` say about the code where it is compared, without a Dapr version set. */
function lintNote(entry: CodeEntry): Html {
  const use = classifyString(entry.code, { strength: 'strong', namespace: 'code' });
  const problem = use && isKnownUse(use) ? getCodeProblem(use, undefined) : undefined;
  if (!problem) return html`<p>The lint rules accept it wherever a Dapr code is expected; with a Dapr version set, they report it when that runtime does not send it.</p>\n`;
  return html`<p>Where it is compared with a Dapr error code, <code>@dapr-codes/no-deprecated-code</code> reports:</p>\n<blockquote><p>${problem.message}</p></blockquote>\n`;
}

function sourceLinks(entry: CodeEntry, sourceUrl: (file: string) => string): Html {
  if (entry.sourceFiles.length === 0) return html``;
  return html`<h2 id="source">In the runtime source</h2>
<ul>
${entry.sourceFiles.map((f) => html`<li><a href="${sourceUrl(f)}"><code>${f}</code></a></li>\n`)}</ul>\n`;
}

export interface CodePageContext {
  /** The link to a `sourceFiles` entry (`path` or `path @tag`) in dapr/dapr. */
  readonly sourceUrl: (file: string) => string;
}

export function codePage(entry: CodeEntry, context: CodePageContext): Page {
  const path = sitePaths.code(entry.code);
  const example = codeExample(entry);
  const facts = html`<table class="facts">
<tbody>
${row('Status', html`${statusBadge(entry.status)} ${STATUS_TEXT[entry.status].meaning}`)}${row('Category', categoriesText(entry))}${row('HTTP status', entry.httpStatus === null ? null : String(entry.httpStatus))}${row('gRPC code', entry.grpcCode)}${row(
    'ErrorInfo reasons',
    entry.reasons.length ? listOf(entry.reasons.map((r) => reasonLink(path, r))) : null,
  )}${row('Message template', entry.messageTemplate ? html`<code>${entry.messageTemplate}</code>` : null)}${row('Where clients see it', entry.exposure ? (EXPOSURE[entry.exposure] ?? entry.exposure) : null)}${row(
    'ErrorInfo metadata',
    entry.errorInfoMetadataKeys.length ? listOf(entry.errorInfoMetadataKeys.map((k) => html`<code>${k}</code>`)) : null,
  )}${row('Details sent', entry.grpcDetails.length ? entry.grpcDetails.join(', ') : null)}${row('Sent since', entry.sinceVersion)}${row('First v1 release', entry.firstV1Release)}${removal(entry, path)}${row(
    'Former name',
    entry.formerName ? html`<code>${entry.formerName.code}</code>, sent by ${entry.formerName.presence.since}–${entry.formerName.presence.lastPresent}` : null,
  )}${row('Sent by', presenceText(entry.presence))}${row('In the Dapr docs', entry.inDocs ? 'yes' : 'no')}${row('Note', entry.notes)}
</tbody>
</table>\n`;
  const body = html`<article class="entry" data-code="${entry.code}" data-status="${entry.status}">
<p class="kicker">Dapr error code</p>
<h1><code>${entry.code}</code></h1>
<p class="summary">${entry.summary}</p>
${facts}
<h2 id="versions">Releases that send it</h2>
${versionStrip(entry, releaseLines())}
<p><a href="${relativeHref(path, sitePaths.matrix)}#${entry.code}">In the version matrix</a></p>
${variantsTable(entry.variants, path)}<h2 id="handling">Handling it</h2>
${example
  ? html`<pre><code class="language-ts">${example}</code></pre>\n<p><a href="${relativeHref(path, sitePaths.playground)}${encodeState({ code: example, language: 'ts', version: exampleVersion(entry), config: 'recommended' })}">Open this example in the playground</a></p>\n`
  : html`<p>No runtime sends it today, so there is nothing to handle.</p>\n`}${lintNote(entry)}${sourceLinks(entry, context.sourceUrl)}<p><a href="${entry.docsUrl}">${entry.docsUrl.startsWith('https://docs.dapr.io/') ? 'Dapr docs: error codes reference' : 'Dapr runtime source'}</a></p>
</article>`;
  return { path, title: entry.code, description: `${entry.code}: ${entry.summary} (Dapr error code, ${entry.status})`, body, section: 'codes' };
}
