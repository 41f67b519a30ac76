// The home page: every code and reason in one table each, with a search box and filters (category,
// status, release line). Without JavaScript the tables are all there; `assets/search.js` filters rows
// by the data attributes written here.
import { allCodes, allReasons, META, sitePaths, type CodeEntry, type ReasonEntry } from '@dapr-codes/catalog';
import { linesSending, releaseLines } from '../model/releases.js';
import { categoriesText, presenceText, STATUS_TEXT, statusBadge, STATUSES } from './facts.js';
import { html } from './html.js';
import type { Page } from './layout.js';
import { relativeHref } from './links.js';

/** What a search matches: the names (a former name too), summary, message and reasons, lower case. */
function searchText(entry: CodeEntry): string {
  return [entry.code, entry.formerName?.code, entry.summary, entry.messageTemplate, ...entry.reasons].filter(Boolean).join(' ').toLowerCase();
}

function codeRow(entry: CodeEntry) {
  return html`<tr data-search="${searchText(entry)}" data-categories="${[entry.category, ...entry.alsoCategories].join(' ')}" data-status="${entry.status}" data-lines="${linesSending(entry).join(' ')}">
<td><a href="${relativeHref('', sitePaths.code(entry.code))}"><code>${entry.code}</code></a></td><td>${statusBadge(entry.status)}</td><td>${categoriesText(entry)}</td><td>${entry.httpStatus ?? ''}</td><td>${entry.grpcCode ?? ''}</td><td>${presenceText(entry.presence)}</td><td>${entry.summary}</td>
</tr>\n`;
}

function reasonRow(entry: ReasonEntry) {
  return html`<tr data-search="${[entry.reason, ...entry.codes].join(' ').toLowerCase()}" data-categories="${entry.category}" data-status="${entry.status}" data-lines="${linesSending(entry).join(' ')}">
<td><a href="${relativeHref('', sitePaths.reason(entry.reason))}"><code>${entry.reason}</code></a></td><td>${statusBadge(entry.status)}</td><td>${entry.category}</td><td>${entry.codes.join(', ')}</td><td>${entry.grpcCodes.join(', ')}</td><td>${presenceText(entry.presence)}</td>
</tr>\n`;
}

export function indexPage(): Page {
  const categories = [...new Set(allCodes.flatMap((e) => [e.category, ...e.alsoCategories]))].sort();
  const lines = releaseLines();
  const body = html`<h1>Dapr runtime error codes</h1>
<p>Every error code and ErrorInfo reason the Dapr runtime sends or sent, from its source up to ${META.latestRelease} and master: what it means, its HTTP and gRPC status, which releases send it, and what replaced it. Check your own code in the <a href="${relativeHref('', sitePaths.playground)}">playground</a>.</p>
<form class="filters" role="search" aria-label="Codes and reasons">
<div><label for="q">Search</label> <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="ERR_STATE_STORE_NOT_FOUND, topic, 404…"></div>
<div><label for="category">Category</label> <select id="category" name="category"><option value="">any</option>${categories.map((c) => html`<option>${c}</option>`)}</select></div>
<div><label for="status">Status</label> <select id="status" name="status"><option value="">any</option>${STATUSES.map((s) => html`<option value="${s}">${STATUS_TEXT[s].label}</option>`)}</select></div>
<div><label for="line">Sent by release</label> <select id="line" name="line"><option value="">any</option>${[...lines].reverse().map((l) => html`<option>${l.line}</option>`)}</select></div>
</form>
<p id="count" role="status" aria-live="polite"></p>
<h2 id="codes">Error codes</h2>
<div class="scroll">
<table class="entries" id="code-table">
<thead><tr><th scope="col">code</th><th scope="col">status</th><th scope="col">category</th><th scope="col">HTTP</th><th scope="col">gRPC</th><th scope="col">sent by</th><th scope="col">summary</th></tr></thead>
<tbody>
${allCodes.map(codeRow)}</tbody>
</table>
</div>
<h2 id="reasons">ErrorInfo reasons and workflow failure types</h2>
<div class="scroll">
<table class="entries" id="reason-table">
<thead><tr><th scope="col">reason</th><th scope="col">status</th><th scope="col">category</th><th scope="col">sent with</th><th scope="col">gRPC</th><th scope="col">sent by</th></tr></thead>
<tbody>
${allReasons.map(reasonRow)}</tbody>
</table>
</div>
`;
  return { path: sitePaths.home, title: 'Dapr error codes', description: 'Every Dapr runtime error code and ErrorInfo reason: meaning, HTTP and gRPC status, versions, replacements', body, scripts: ['assets/search.js'], section: 'codes' };
}
