// The version matrix: every code (rows) against every release line and master (columns), like caniuse.
// A cell says in text whether the line's runtimes send the code (all patches, some, none).
import { allCodes, sitePaths } from '@dapr-codes/catalog';
import { cellOf, releaseLines } from '../model/releases.js';
import { statusBadge } from './facts.js';
import { html } from './html.js';
import type { Page } from './layout.js';
import { relativeHref } from './links.js';

const MARK = { all: '✓', some: '◐', none: '' } as const;
const LABEL = { all: 'sent', some: 'sent by some patches', none: 'not sent' } as const;

export function matrixPage(): Page {
  const path = sitePaths.matrix;
  const lines = releaseLines();
  const body = html`<h1>Version matrix</h1>
<p>Which Dapr runtime sends which error code: one row per code, one column per release line (the newest patch the catalog read is in each column's title) and master. <span class="cell-all legend">✓ sent</span> by every patch of the line, <span class="cell-some legend">◐ partly</span>: by some patches (the cell says which), empty: not sent.</p>
<div class="scroll matrix-scroll" tabindex="0" role="region" aria-label="Version matrix">
<table class="matrix" id="matrix">
<thead><tr><th scope="col">code</th><th scope="col">status</th>${lines.map((l) => html`<th scope="col" data-line="${l.line}" title="${l.newest ? `${l.first} to ${l.newest}` : 'master'}"><span>${l.line}</span></th>`)}</tr></thead>
<tbody>
${allCodes.map(
  (entry) => html`<tr id="${entry.code}" data-code="${entry.code}"><th scope="row"><a href="${relativeHref(path, sitePaths.code(entry.code))}"><code>${entry.code}</code></a></th><td>${statusBadge(entry.status)}</td>${lines.map((l) => {
    const cell = cellOf(entry, l);
    const label = cell.kind === 'some' ? `${LABEL.some}: ${cell.note}` : LABEL[cell.kind];
    return html`<td class="cell-${cell.kind}" data-cell="${cell.kind}" title="${entry.code} in ${l.line}: ${label}"><span aria-hidden="true">${MARK[cell.kind]}</span><span class="visually-hidden">${label}</span></td>`;
  })}</tr>\n`,
)}</tbody>
</table>
</div>
`;
  return { path, title: 'Version matrix', description: 'Which Dapr runtime release sends which error code', body, section: 'matrix' };
}
