// Writes the data folder: the JSON files in their committed formatting and the sync section of SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FILES = { codes: 'dapr-error-codes.json', reasons: 'dapr-error-reasons.json', meta: 'catalog-meta.json', sources: 'SOURCES.md' };
const BEGIN = '<!-- sync:begin: written by `pnpm catalog:sync`, do not edit by hand -->';
const END = '<!-- sync:end -->';

export const readJson = (dataDir, name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));

/** The entry files have no final newline; catalog-meta.json has one (as committed). */
export const renderEntries = (entries) => JSON.stringify(entries, null, 2);

/** The provenance section: every commit the sync read. Pure. */
export function renderSourcesSection(snapshots, branch, kitCommit) {
  const head = snapshots[snapshots.length - 1];
  const tags = snapshots.slice(0, -1);
  const latest = tags[tags.length - 1];
  return [
    BEGIN,
    '## Commits read by the last sync',
    '',
    `\`pnpm catalog:sync\` read branch \`${branch}\` at \`${head.commit}\` (${head.date}) and ${tags.length} release tags`,
    `\`${tags[0].ref}\` … \`${latest.ref}\` (pre-release tags left out); the latest release is \`${latest.ref}\` at \`${latest.commit}\` (${latest.date}).`,
    ...(kitCommit ? [`Reasons built from dapr/kit constants were resolved with dapr/kit \`errors/codes.go\` at \`${kitCommit}\`.`] : []),
    'Derived on every run: the code set, presence intervals, `sinceVersion`/`firstV1Release`/`removedInVersion`/`lastPresentIn`,',
    'status, category and summary (errorcodes.go), HTTP/gRPC status and message of `APIError`s (predefined.go), the reason',
    'pairing of errorcodes.go, `sourceFiles`, and renames of identifiers. Hand-checked facts live in `overrides.json`;',
    'every other field is carried from the committed entry (see docs/updating-the-catalog.md).',
    '',
    '<details><summary>Tags and commits</summary>',
    '',
    '| tag | commit | date |',
    '| --- | --- | --- |',
    ...tags.map((s) => `| \`${s.ref}\` | \`${s.commit}\` | ${s.date} |`),
    '',
    '</details>',
    END,
  ].join('\n');
}

/** Replaces the sync section of SOURCES.md, or appends it. Pure. */
export function withSourcesSection(text, section) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) return text.slice(0, start) + section + text.slice(end + END.length);
  return `${text.replace(/\n*$/, '\n\n')}${section}\n`;
}

export function writeData(dataDir, { codes, reasons, meta, sourcesSection }) {
  writeFileSync(join(dataDir, FILES.codes), renderEntries(codes));
  writeFileSync(join(dataDir, FILES.reasons), renderEntries(reasons));
  const oldMeta = readJson(dataDir, FILES.meta);
  writeFileSync(join(dataDir, FILES.meta), `${JSON.stringify({ ...oldMeta, ...meta }, null, 2)}\n`);
  const sourcesPath = join(dataDir, FILES.sources);
  writeFileSync(sourcesPath, withSourcesSection(readFileSync(sourcesPath, 'utf8'), sourcesSection));
}
