// One entry's row of the version matrix, as a list: every release line, marked sent / partly / not.
// Text, not colour alone, says which (and a note says which patches, when only some send it).
import type { PresenceInterval } from '@dapr-codes/catalog';
import { cellOf, type Cell, type ReleaseLine } from '../model/releases.js';
import { html, type Html } from './html.js';

export const CELL_TEXT: Readonly<Record<Cell['kind'], string>> = { all: 'sent', some: 'partly', none: 'not sent' };

export function versionStrip(entry: { readonly presence: readonly PresenceInterval[] }, lines: readonly ReleaseLine[]): Html {
  return html`<ul class="strip">
${lines.map((line) => {
  const cell = cellOf(entry, line);
  const note = cell.kind === 'some' ? cell.note : CELL_TEXT[cell.kind];
  return html`<li class="cell cell-${cell.kind}" data-line="${line.line}" data-cell="${cell.kind}"><span class="line">${line.line}</span> <span class="state">${note}</span></li>\n`;
})}</ul>\n`;
}
