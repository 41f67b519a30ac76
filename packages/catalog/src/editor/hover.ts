// Hover text for a known code or reason: what it means, how the runtime sends it, since when, what
// replaced it, and where the Dapr docs describe it. Every editor host shows this same text.
import { categoriesOf, getCurrentReasonReplacement, getCurrentReplacement } from '../lookup.js';
import type { CodeUse } from '../code-use.js';
import { getCodeProblem } from '../problems.js';
import { codePageUrl, reasonPageUrl } from '../site-urls.js';
import type { CodeEntry, ReasonEntry } from '../types.js';
import { runtimeSends, targetGaps } from '../targets/coverage.js';
import { runtimeText, type DaprTarget } from '../targets/target.js';

export type KnownUse = Extract<CodeUse, { kind: 'code' | 'former-code' | 'reason' }>;

export function isKnownUse(use: CodeUse): use is KnownUse {
  return use.kind !== 'unknown';
}

const code = (s: string | number) => `\`${s}\``;
const list = (values: readonly (string | number)[]) => values.map(code).join(', ');

function docsLink(url: string): string {
  return url.startsWith('https://docs.dapr.io/') ? `[Dapr docs: error codes reference](${url})` : `[Dapr runtime source](${url})`;
}

/** The entry's page on the reference site first (the hover's docs link), then where Dapr describes it. */
function links(use: KnownUse): string {
  const [name, page] = use.kind === 'reason' ? [use.entry.reason, reasonPageUrl(use.entry.reason)] : [use.entry.code, codePageUrl(use.entry.code)];
  return `[${name} in the dapr-codes reference](${page}) · ${docsLink(use.entry.docsUrl)}`;
}

function removal(entry: { removedInVersion: string | null; lastPresentIn: string | null }, replacement: string | undefined): string | undefined {
  if (entry.removedInVersion === null) return undefined;
  return `Removed in Dapr ${entry.removedInVersion} (last sent by ${entry.lastPresentIn})${replacement ? `; replaced by ${code(replacement)}` : '; nothing replaces it'}`;
}

function transport(httpStatus: number | null, grpcCodes: readonly string[]): string | undefined {
  const parts = [httpStatus === null ? undefined : `HTTP status ${code(httpStatus)}`, grpcCodes.length ? `gRPC ${list(grpcCodes)}` : undefined].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

function codeFacts(entry: CodeEntry): (string | undefined)[] {
  return [
    `Category: ${list(categoriesOf(entry))}`,
    transport(entry.httpStatus, entry.grpcCode ? [entry.grpcCode] : []),
    entry.reasons.length ? `ErrorInfo reasons: ${list(entry.reasons)}` : undefined,
    entry.messageTemplate ? `Message: ${code(entry.messageTemplate)}` : undefined,
    entry.sinceVersion ? `Sent since Dapr ${entry.sinceVersion}` : undefined,
    removal(entry, entry.status === 'removed' ? (getCurrentReplacement(entry)?.code ?? entry.replacedBy ?? undefined) : undefined),
  ];
}

function reasonFacts(entry: ReasonEntry): (string | undefined)[] {
  return [
    `Category: ${code(entry.category)}`,
    entry.codes.length ? `Sent with errorCode ${list(entry.codes)}` : undefined,
    transport(entry.httpStatus, entry.grpcCodes),
    `Sent since Dapr ${entry.sinceVersion}`,
    removal(entry, entry.status === 'removed' ? (getCurrentReasonReplacement(entry)?.reason ?? entry.replacedBy ?? undefined) : undefined),
  ];
}

/** One line naming the string, e.g. `(Dapr error code) ERR_STATE_GET`. */
export function hoverTitle(use: KnownUse): string {
  switch (use.kind) {
    case 'code':
      return `(Dapr error code) ${use.value}`;
    case 'former-code':
      return `(Dapr error code, former name of ${use.entry.code}) ${use.value}`;
    case 'reason':
      return `(Dapr ErrorInfo reason) ${use.value}`;
  }
}

/** The presence that decides what the runtimes do with a use: a former name's own, else the entry's. */
function presenceOf(use: KnownUse) {
  return use.kind === 'former-code' ? [use.entry.formerName!.presence] : use.entry.presence;
}

/** One line per runtime of the target: `Sent by your v1.16.4 (k8s/orders.yaml:9)`. */
function runtimeLines(use: KnownUse, target: DaprTarget): string[] {
  const presence = presenceOf(use);
  const gaps = targetGaps(presence, target);
  return target.runtimes.map((runtime) => {
    const name = `your ${runtimeText(runtime.version)} (${runtime.origin.where})`;
    const own = gaps.filter((g) => g.runtime === runtime).map((g) => g.phrase);
    if (own.length === 0) return `Sent by ${name}`;
    if (runtimeSends(presence, runtime.version)) return `Sent by part of ${name}: not ${own.join(', nor ')}`;
    return `Not sent by ${name}: not ${own.join(', nor ')}`;
  });
}

/**
 * The hover's markdown body. `target` is the runtimes the project runs (configured or found), when known;
 * `unchecked` the versions its deployment files state that could not be used (`edge`, an unset variable).
 */
export function hoverMarkdown(use: KnownUse, target: DaprTarget | undefined, unchecked: readonly string[] = []): string {
  const problem = getCodeProblem(use, target);
  const head =
    use.kind === 'former-code'
      ? `${use.entry.summary}\n\n${code(use.value)} is the name Dapr ${use.entry.formerName!.presence.since}–${use.entry.formerName!.presence.lastPresent} sent for ${code(use.entry.code)}.`
      : use.kind === 'code'
        ? use.entry.summary
        : `ErrorInfo reason of ${use.entry.codes.length ? list(use.entry.codes) : 'a Dapr error'}.`;
  const facts = (use.kind === 'reason' ? reasonFacts(use.entry) : codeFacts(use.entry)).filter((f): f is string => f !== undefined);
  const entry = use.entry;
  const sections = [head, facts.map((f) => `- ${f}`).join('\n')];
  if (target) sections.push(runtimeLines(use, target).map((l) => `- ${l}`).join('\n'));
  if (unchecked.length > 0) sections.push(`Not checked against: ${unchecked.join('; ')}.`);
  // A removal is already a fact above; other problems (never sent, not in daprVersion, renamed) are news.
  if (problem && problem.kind !== 'removed') sections.push(`**Warning:** ${problem.message}`);
  if (entry.notes) sections.push(`Note: ${entry.notes}`);
  sections.push(links(use));
  return sections.join('\n\n');
}

/** The whole hover as markdown: the title in bold, then the body. What every host shows. */
export function hoverDocument(use: KnownUse, target: DaprTarget | undefined, unchecked: readonly string[] = []): string {
  return `**${hoverTitle(use)}**\n\n${hoverMarkdown(use, target, unchecked)}`;
}
