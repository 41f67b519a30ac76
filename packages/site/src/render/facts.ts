// Small pieces every catalog page shares: status names and what they mean, versions as text, links to
// code and reason pages.
import { getCode, getCodeByFormerName, getReason, sitePaths, type CodeEntry, type CodeStatus, type PresenceInterval, type ReasonEntry } from '@dapr-codes/catalog';
import { html, type Html } from './html.js';
import { relativeHref } from './links.js';

export const STATUS_TEXT: Readonly<Record<CodeStatus, { readonly label: string; readonly meaning: string }>> = {
  active: { label: 'active', meaning: 'sent by the current runtime' },
  'defined-unused': { label: 'defined, never sent', meaning: 'declared in the runtime source, but no code path sends it' },
  unreleased: { label: 'unreleased', meaning: 'in master only, not in any release yet' },
  removed: { label: 'removed', meaning: 'sent by older runtimes only' },
  'docs-only': { label: 'docs only', meaning: 'listed in the Dapr docs, but in no runtime source' },
};

export const STATUSES = Object.keys(STATUS_TEXT) as CodeStatus[];

export function statusBadge(status: CodeStatus | ReasonEntry['status']): Html {
  return html`<span class="status status-${status}">${STATUS_TEXT[status].label}</span>`;
}

/** `v1.14.0+`, `v0.11.0–v1.13.6`, `master only`, `never released`: one stretch of presence. */
export function intervalText(p: PresenceInterval): string {
  if (p.since === 'master') return 'master only';
  return p.removedIn === null ? `${p.since} and later` : `${p.since}–${p.lastPresent}`;
}

export function presenceText(presence: readonly PresenceInterval[]): string {
  return presence.length === 0 ? 'in no runtime' : presence.map(intervalText).join(', ');
}

/** A link to a code's page when the catalog has it (a former name links to its current code), else the code as text. */
export function codeLink(from: string, code: string): Html {
  const entry: CodeEntry | undefined = getCode(code) ?? getCodeByFormerName(code);
  if (!entry) return html`<code>${code}</code>`;
  return html`<a href="${relativeHref(from, sitePaths.code(entry.code))}"><code>${code}</code></a>`;
}

export function reasonLink(from: string, reason: string): Html {
  if (!getReason(reason)) return html`<code>${reason}</code>`;
  return html`<a href="${relativeHref(from, sitePaths.reason(reason))}"><code>${reason}</code></a>`;
}

export function listOf(items: readonly Html[]): Html {
  return items.length === 0 ? html`none` : html`${items.map((item, i) => html`${i > 0 ? ', ' : ''}${item}`)}`;
}

export const categoriesText = (entry: CodeEntry): string => [entry.category, ...entry.alsoCategories].join(', ');
