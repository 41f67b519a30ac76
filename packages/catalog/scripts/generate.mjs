#!/usr/bin/env node
// Turns data/*.json into src/generated/data.ts and the human reference docs/codes.md.
// `render()` is pure so the drift test can compare its output with the committed files.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(here, '..');
export const outputs = {
  data: join(packageDir, 'src/generated/data.ts'),
  docs: join(packageDir, '../../docs/codes.md'),
};
/** Hand-written files with generated sections (`<!-- generated:NAME -->` … `<!-- /generated:NAME -->`). */
export const sectionOutputs = {
  readme: join(packageDir, 'README.md'),
  sources: join(packageDir, 'data/SOURCES.md'),
};

const CATEGORY_ORDER = [
  'actor', 'workflow', 'state', 'pubsub', 'configuration', 'crypto', 'secret', 'conversation',
  'service-invocation', 'binding', 'lock', 'job', 'health', 'common', 'metadata',
];
const CURRENT = new Set(['active', 'defined-unused', 'unreleased']);

const readJson = (name) => JSON.parse(readFileSync(join(packageDir, 'data', name), 'utf8'));

function interval([since, lastPresent, removedIn]) {
  return { since, lastPresent, removedIn };
}

function sourceUrl(meta, sourceFile) {
  const [path, tag] = sourceFile.split(' @');
  return `${meta.sourceRepoUrl}/blob/${tag ?? meta.daprCommit}/${path}`;
}

function docsUrl(meta, raw) {
  if (raw.inDocs || raw.sourceFiles.length === 0) return meta.docsReferenceUrl;
  return sourceUrl(meta, raw.sourceFiles[0]);
}

function formerName(raw) {
  const p = raw.predecessor;
  if (!p) return null;
  const [since, lastPresent] = p.versions.split('-');
  return { code: p.code, presence: { since, lastPresent, removedIn: raw.sinceVersion }, note: p.note };
}

function codeEntry(meta, raw) {
  return {
    code: raw.code,
    category: raw.category,
    alsoCategories: raw.alsoCategories ?? [],
    summary: raw.summary,
    status: raw.status,
    httpStatus: raw.httpStatus,
    grpcCode: raw.grpcCode,
    reasons: raw.reasons,
    messageTemplate: raw.messageTemplate,
    exposure: raw.exposure,
    variants: raw.variants ?? [],
    grpcDetails: raw.grpcDetails ?? [],
    errorInfoMetadataKeys: raw.errorInfoMetadataKeys ?? [],
    sinceVersion: raw.sinceVersion,
    firstV1Release: raw.firstV1Release,
    removedInVersion: raw.removedInVersion,
    lastPresentIn: raw.lastPresentIn ?? null,
    replacedBy: raw.replacedBy ?? null,
    presence: raw.presenceIntervals.map(interval),
    inDocs: raw.inDocs,
    docs: {
      legacyTable: raw.docs['legacyTable_v1.0_to_v1.15'],
      groupedTable: raw.docs.groupedTable_seed000,
      zhLegacyTable: raw.docs.zhLegacyTable_seed002,
      referenceGuide: raw.docs.referenceGuide_seed001,
      referenceGuideNewest: raw.docs.referenceGuide_newestStored,
    },
    sourceFiles: raw.sourceFiles,
    notes: raw.notes ?? null,
    formerName: formerName(raw),
    docsUrl: docsUrl(meta, raw),
  };
}

function reasonEntry(meta, raw) {
  const removed = raw.removedInVersion !== null;
  return {
    reason: raw.reason,
    kind: raw.kind.startsWith('workflow') ? 'workflow-failure-type' : 'errorinfo-reason',
    equalsCode: raw.kind.includes('equals error code'),
    status: removed ? 'removed' : 'active',
    codes: raw.codes,
    category: raw.category,
    grpcCodes: raw.grpcCode ? raw.grpcCode.split('|') : [],
    httpStatus: raw.httpStatus,
    sinceVersion: raw.sinceVersion,
    removedInVersion: raw.removedInVersion,
    lastPresentIn: raw.lastPresentIn,
    replacedBy: raw.replacedBy,
    presence: [{ since: raw.sinceVersion, lastPresent: raw.lastPresentIn ?? 'master', removedIn: raw.removedInVersion }],
    inDocs: raw.inDocs,
    grpcDetails: raw.grpcDetails,
    errorInfoMetadataKeys: raw.errorInfoMetadataKeys,
    sourceFiles: raw.sourceFiles,
    notes: raw.notes,
    docsUrl: raw.inDocs ? meta.docsReferenceUrl : sourceUrl(meta, raw.sourceFiles[raw.sourceFiles.length - 1]),
  };
}

const tuple = (values) => `[\n${values.map((v) => `  ${JSON.stringify(v)},`).join('\n')}\n] as const`;

function renderData(meta, codes, reasons, foreign) {
  const current = codes.filter((c) => CURRENT.has(c.status));
  const byCategory = CATEGORY_ORDER.map((cat) => {
    const members = current.filter((c) => c.category === cat || c.alsoCategories.includes(cat)).map((c) => c.code);
    return `  ${JSON.stringify(cat)}: ${tuple(members).replace(/\n/g, '\n  ')},`;
  });
  const errorInfo = reasons.filter((r) => r.kind === 'errorinfo-reason');
  const parts = [
    '// GENERATED FILE: do not edit. Source: packages/catalog/data/*.json;',
    '// regenerate with `pnpm --filter @dapr-codes/catalog run generate`. test/generated.test.ts fails on drift.',
    "import type { CatalogMeta, CodeEntry, ForeignFamily, ReasonEntry } from '../types.js';",
    '',
    '/** Codes in the current runtime source (active, defined-but-unused, unreleased). */',
    `export const CURRENT_CODES = ${tuple(current.map((c) => c.code))};`,
    '',
    '/** Codes older runtimes sent that the current one no longer does. */',
    `export const REMOVED_CODES = ${tuple(codes.filter((c) => c.status === 'removed').map((c) => c.code))};`,
    '',
    '/** Codes listed in the Dapr docs that no runtime source of the snapshot holds. */',
    `export const DOCS_ONLY_CODES = ${tuple(codes.filter((c) => c.status === 'docs-only').map((c) => c.code))};`,
    '',
    '/** Current codes of each category (a code with `alsoCategories` is listed under each). */',
    `export const CODES_BY_CATEGORY = {\n${byCategory.join('\n')}\n} as const;`,
    '',
    '/** ErrorInfo reasons the current runtime sends. */',
    `export const CURRENT_REASONS = ${tuple(errorInfo.filter((r) => r.status === 'active').map((r) => r.reason))};`,
    '',
    '/** ErrorInfo reasons older runtimes sent. */',
    `export const REMOVED_REASONS = ${tuple(errorInfo.filter((r) => r.status === 'removed').map((r) => r.reason))};`,
    '',
    '/** Workflow FailureDetails.ErrorType strings (not ErrorInfo reasons). */',
    `export const WORKFLOW_FAILURE_TYPES = ${tuple(reasons.filter((r) => r.kind === 'workflow-failure-type').map((r) => r.reason))};`,
    '',
    `export const CODE_ENTRIES: readonly CodeEntry[] = ${JSON.stringify(codes, null, 2)};`,
    '',
    `export const REASON_ENTRIES: readonly ReasonEntry[] = ${JSON.stringify(reasons, null, 2)};`,
    '',
    `export const FOREIGN_FAMILIES: readonly ForeignFamily[] = ${JSON.stringify(foreign, null, 2)};`,
    '',
    `export const META: CatalogMeta = ${JSON.stringify(meta, null, 2)};`,
    '',
  ];
  return parts.join('\n');
}

const cell = (v) => (v === null || v === undefined || v === '' ? '' : String(v).replace(/\|/g, '\\|'));

function versions(entry) {
  if (entry.status === 'docs-only') return 'docs only';
  return entry.presence
    .map((p) => (p.removedIn ? `${p.since}–${p.lastPresent}` : p.since === 'master' ? 'master only' : `${p.since}+`))
    .join(', ');
}

function renderDocs(meta, codes, reasons) {
  const lines = [
    '<!-- GENERATED FILE: do not edit. Source: packages/catalog/data/*.json, generator: packages/catalog/scripts/generate.mjs -->',
    '# Dapr runtime error codes',
    '',
    `${codes.length} error codes and ${reasons.length} ErrorInfo reasons / workflow failure types, from the Dapr runtime`,
    `source up to ${meta.latestRelease} and master (${meta.masterLine} development, commit \`${meta.daprCommit}\`).`,
    'Status: **active** (sent by the current runtime), **defined-unused** (declared, never sent), **unreleased**',
    '(master only), **removed** (sent by older runtimes only), **docs-only** (listed in the docs, in no runtime source).',
    'Where each fact came from: [`packages/catalog/data/SOURCES.md`](../packages/catalog/data/SOURCES.md).',
    '',
  ];
  for (const cat of CATEGORY_ORDER) {
    const inCat = codes.filter((c) => c.category === cat || c.alsoCategories.includes(cat));
    if (inCat.length === 0) continue;
    lines.push(`## ${cat}`, '', '| code | status | HTTP | gRPC | ErrorInfo reasons | versions | replaced by | summary |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const c of inCat) {
      const reasonsCell = c.reasons.map((r) => `\`${r}\``).join(', ');
      lines.push(
        `| \`${c.code}\` | ${c.status} | ${cell(c.httpStatus)} | ${cell(c.grpcCode)} | ${reasonsCell} | ${versions(c)} | ${c.replacedBy ? `\`${c.replacedBy}\`` : ''} | ${cell(c.summary)} |`,
      );
    }
    lines.push('');
  }
  lines.push('## ErrorInfo reasons and workflow failure types', '', '| reason | kind | status | codes | gRPC | versions | replaced by |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of reasons) {
    lines.push(
      `| \`${r.reason}\` | ${r.kind} | ${r.status} | ${r.codes.map((c) => `\`${c}\``).join(', ')} | ${r.grpcCodes.join(', ')} | ${versions(r)} | ${r.replacedBy ? `\`${r.replacedBy}\`` : ''} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

const OVERRIDES_ROW =
  'reviewed facts the sync cannot derive, each with its evidence: category, summary and successor of codes older than `errorcodes.go`, docs-only codes, the main category of a code declared twice, reasons older than `errorcodes.go`, declarations no ErrorInfo carries';
const minorOf = (tag) => tag.replace(/^(v\d+\.\d+)\..*$/, '$1');
const byVersion = (a, b) => a.localeCompare(b, undefined, { numeric: true });

/** The figures hand-written docs state, as the data says them (so a sync keeps them true). */
function sections(meta, codes, reasons) {
  const count = (status) => codes.filter((c) => c.status === status).length;
  const current = codes.filter((c) => CURRENT.has(c.status)).length;
  const removed = codes.filter((c) => c.status === 'removed');
  const since = removed.map((c) => minorOf(c.sinceVersion)).sort(byVersion)[0];
  const until = removed.map((c) => minorOf(c.lastPresentIn)).sort(byVersion).at(-1);
  const failureTypes = reasons.filter((r) => r.kind === 'workflow-failure-type').length;
  return {
    counts: [
      `Every Dapr runtime error code (${codes.length}) and google.rpc.ErrorInfo reason (${reasons.length}), from the runtime source up to`,
      `${meta.latestRelease} and master (${meta.masterLine} development).`,
    ].join('\n'),
    'files-table': [
      '| file | content |',
      '| --- | --- |',
      `| \`dapr-error-codes.json\` | ${codes.length} entries: ${current} codes in dapr master (${current - count('unreleased')} released in ${meta.latestRelease} + ${count('unreleased')} unreleased), ${removed.length} removed codes (${since} to ${until}), ${count('docs-only')} docs-only codes |`,
      `| \`overrides.json\` | ${OVERRIDES_ROW} |`,
      `| \`dapr-error-reasons.json\` | ${reasons.length} entries: \`google.rpc.ErrorInfo.reason\` strings (current and historical), plus ${failureTypes} workflow failure \`ErrorType\` strings (\`kind\` tells them apart) |`,
    ].join('\n'),
  };
}

/** `text` with each generated section replaced by what the data says now. */
function withSections(text, generated) {
  return text.replace(/(<!-- generated:([\w-]+) [^>]*-->\n)[\s\S]*?\n(<!-- \/generated:\2 -->)/g, (all, open, name, close) => {
    if (!(name in generated)) throw new Error(`no generated section named ${name}`);
    return `${open}${generated[name]}\n${close}`;
  });
}

/** Renders every generated file from the data folder: `{ absolutePath: content }`. */
export function render() {
  const meta = readJson('catalog-meta.json');
  delete meta.$comment;
  const codes = readJson('dapr-error-codes.json').map((raw) => codeEntry(meta, raw));
  const reasons = readJson('dapr-error-reasons.json').map((raw) => reasonEntry(meta, raw));
  const foreign = readJson('foreign-codes.json').families.map(({ name, description, codes: c, prefixes }) => ({
    name, description, codes: c, prefixes,
  }));
  const generated = sections(meta, codes, reasons);
  return {
    [outputs.data]: renderData(meta, codes, reasons, foreign),
    [outputs.docs]: renderDocs(meta, codes, reasons),
    ...Object.fromEntries(Object.values(sectionOutputs).map((path) => [path, withSections(readFileSync(path, 'utf8'), generated)])),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of Object.entries(render())) writeFileSync(path, content);
}
