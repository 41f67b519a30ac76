// An ErrorInfo reason's (or workflow failure type's) page, from its catalog entry.
import { sitePaths, type ReasonEntry } from '@dapr-codes/catalog';
import { reasonExample } from '../model/example.js';
import { releaseLines } from '../model/releases.js';
import { encodeState } from '../playground/share.js';
import { codeLink, listOf, presenceText, reasonLink, STATUS_TEXT, statusBadge } from './facts.js';
import { html, type Html } from './html.js';
import type { Page } from './layout.js';
import { relativeHref } from './links.js';
import { versionStrip } from './version-strip.js';

const KIND_TEXT: Readonly<Record<ReasonEntry['kind'], string>> = {
  'errorinfo-reason': 'google.rpc.ErrorInfo reason',
  'workflow-failure-type': 'workflow FailureDetails.ErrorType',
};

const row = (name: string, value: Html | string | null | undefined): Html => (value === null || value === undefined || value === '' ? html`` : html`<tr><th scope="row">${name}</th><td>${value}</td></tr>\n`);

export function reasonPage(entry: ReasonEntry, sourceUrl: (file: string) => string): Page {
  const path = sitePaths.reason(entry.reason);
  const example = reasonExample(entry);
  const body = html`<article class="entry" data-reason="${entry.reason}" data-status="${entry.status}">
<p class="kicker">Dapr ${KIND_TEXT[entry.kind]}</p>
<h1><code>${entry.reason}</code></h1>
<table class="facts">
<tbody>
${row('Status', html`${statusBadge(entry.status)} ${STATUS_TEXT[entry.status].meaning}`)}${row('Kind', KIND_TEXT[entry.kind])}${row('Sent with error code', entry.codes.length ? listOf(entry.codes.map((c) => codeLink(path, c))) : null)}${row(
    'Same string as its code',
    entry.equalsCode ? 'yes (the gRPC API sends the code as the reason)' : null,
  )}${row('Category', entry.category)}${row('HTTP status', entry.httpStatus === null ? null : String(entry.httpStatus))}${row('gRPC codes', entry.grpcCodes.length ? entry.grpcCodes.join(', ') : null)}${row(
    'ErrorInfo metadata',
    entry.errorInfoMetadataKeys.length ? listOf(entry.errorInfoMetadataKeys.map((k) => html`<code>${k}</code>`)) : null,
  )}${row('Details sent', entry.grpcDetails.length ? entry.grpcDetails.join(', ') : null)}${row('Sent since', entry.sinceVersion)}${entry.status === 'removed' ? html`${row('Removed in', entry.removedInVersion)}${row('Last sent by', entry.lastPresentIn)}${row('Replaced by', entry.replacedBy === null ? 'nothing' : reasonLink(path, entry.replacedBy))}` : ''}${row(
    'Sent by',
    presenceText(entry.presence),
  )}${row('In the Dapr docs', entry.inDocs ? 'yes' : 'no')}${row('Note', entry.notes)}
</tbody>
</table>
<h2 id="versions">Releases that send it</h2>
${versionStrip(entry, releaseLines())}
<h2 id="handling">Handling it</h2>
${example
  ? html`<pre><code class="language-ts">${example}</code></pre>\n<p><a href="${relativeHref(path, sitePaths.playground)}${encodeState({ code: example, language: 'ts', version: '', config: 'recommended' })}">Open this example in the playground</a></p>\n`
  : html`<p>${entry.kind === 'workflow-failure-type' ? 'A workflow failure type, read from the failed workflow’s FailureDetails rather than from an ErrorInfo.' : 'No runtime sends it today.'}</p>\n`}${entry.sourceFiles.length
  ? html`<h2 id="source">In the runtime source</h2>\n<ul>\n${entry.sourceFiles.map((f) => html`<li><a href="${sourceUrl(f)}"><code>${f}</code></a></li>\n`)}</ul>\n`
  : ''}<p><a href="${entry.docsUrl}">${entry.docsUrl.startsWith('https://docs.dapr.io/') ? 'Dapr docs: error codes reference' : 'Dapr runtime source'}</a></p>
</article>`;
  return { path, title: entry.reason, description: `${entry.reason}: Dapr ${KIND_TEXT[entry.kind]} (${entry.status})`, body, section: 'codes' };
}
