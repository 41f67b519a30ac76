#!/usr/bin/env node
// `pnpm catalog:sync --dapr <dapr/dapr clone> [--kit <dapr/kit clone>] [--branch master] [--data <dir>] [--check]`
// Reads every release tag and the branch of a local dapr/dapr clone (no network), prints the review report and
// writes data/*.json, SOURCES.md and the generated files. Exit 1: something cannot be classified (nothing written),
// or with --check the committed data differs. Exit 2: bad arguments or unreadable source.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packageDir, render } from '../generate.mjs';
import { computeCatalog } from './compute.mjs';
import { extractSnapshots, identifierUses } from './extract.mjs';
import { headCommit, listRefs, readBlobs } from './git.mjs';
import { parseStringConstants } from './go-source.mjs';
import { dataChanges, formatReport, versionChanges } from './report.mjs';
import { FILES, readJson, renderSourcesSection, writeData } from './write.mjs';

const USAGE = 'usage: pnpm catalog:sync --dapr <dapr/dapr clone> [--kit <dapr/kit clone>] [--branch master] [--data <dir>] [--check]';
const KIT_CODES = 'errors/codes.go';

const gitDirOf = (dir) => (existsSync(join(dir, '.git')) ? join(dir, '.git') : dir);

/** dapr/kit's reason prefixes and postfixes (`errors/codes.go` at its HEAD), with the commit read. */
async function readKit(dir) {
  const gitDir = gitDirOf(dir);
  const commit = await headCommit(gitDir);
  const text = (await readBlobs(gitDir, [`${commit}:${KIT_CODES}`])).get(`${commit}:${KIT_CODES}`);
  if (text == null) throw new UsageError(`${dir} has no ${KIT_CODES}: is it a dapr/kit clone?`);
  return { commit, constants: parseStringConstants(text) };
}

/**
 * Runs the sync; resolves to the exit code, rejects on bad arguments or unreadable source (exit 2).
 * @param {string[]} argv
 * @param {(text: string) => void} print the report's destination
 */
export async function main(argv, print) {
  const started = performance.now();
  const { values } = parseArgs({
    args: argv,
    options: { dapr: { type: 'string' }, kit: { type: 'string' }, branch: { type: 'string', default: 'master' }, data: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  if (!values.dapr) throw new UsageError(USAGE);
  const gitDir = gitDirOf(values.dapr);
  const ownData = join(packageDir, 'data');
  const dataDir = values.data ? resolve(values.data) : ownData;

  const refs = await listRefs(gitDir, values.branch);
  if (refs.length < 2) throw new UsageError(`${values.dapr} has no release tag (vX.Y.Z)`);
  const snapshots = await extractSnapshots(gitDir, refs);
  const existingCodes = readJson(dataDir, FILES.codes);
  const existingReasons = readJson(dataDir, FILES.reasons);
  const overrides = readJson(dataDir, 'overrides.json');
  // Identifier uses of the branch (current codes) and of each ref that is the last to hold some code (removed codes).
  const useCommits = snapshots
    .filter((s, i) => i === snapshots.length - 1 || [...s.codes].some((c) => !snapshots[i + 1].codes.has(c)))
    .map((s) => s.commit);
  const uses = await identifierUses(gitDir, [...new Set(useCommits)]);
  const kit = values.kit ? await readKit(values.kit) : null;
  const result = computeCatalog({ snapshots, uses, existingCodes, existingReasons, overrides, kit: kit?.constants ?? null });

  const head = snapshots[snapshots.length - 1];
  const codeDiff = dataChanges(existingCodes, result.codes, 'code');
  const reasonDiff = dataChanges(existingReasons, result.reasons, 'reason');
  const report = formatReport({
    source: [
      `Read ${gitDir}: ${refs.length - 1} release tags ${refs[0].name} … ${refs[refs.length - 2].name} and ${values.branch} at ${head.commit.slice(0, 10)} (${head.date}).`,
      kit ? `Read dapr/kit ${KIT_CODES} at ${kit.commit.slice(0, 10)}.` : 'No --kit: reasons built from dapr/kit constants were not checked.',
    ].join('\n'),
    changes: versionChanges(snapshots, result.codes, result.reasons, new Set(Object.keys(overrides.reasons).filter((r) => overrides.reasons[r].notSent))),
    codeDiff,
    reasonDiff,
    curation: result.curation,
    checks: result.checks,
    problems: result.problems,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  print([...report, '', `Sync took ${seconds} s.`].join('\n'));
  if (result.problems.length > 0) return 1;

  const sourcesSection = renderSourcesSection(snapshots, values.branch, kit?.commit ?? null);
  if (values.check) {
    const oldMeta = readJson(dataDir, FILES.meta);
    const metaSame = Object.entries(result.meta).every(([k, v]) => JSON.stringify(oldMeta[k]) === JSON.stringify(v));
    if (!metaSame) print(`${FILES.meta} differs: ${JSON.stringify(result.meta)}`);
    const same = metaSame && [codeDiff, reasonDiff].every((d) => d.added.length + d.dropped.length + d.changed.length === 0 && !d.reordered);
    print(same ? 'The committed data matches the source.' : 'The committed data differs from the source (see above).');
    return same ? 0 : 1;
  }
  writeData(dataDir, { ...result, sourcesSection });
  // The generated files belong to the package's own data folder only.
  if (dataDir === ownData) for (const [path, content] of Object.entries(render())) writeFileSync(path, content);
  return 0;
}

class UsageError extends Error {}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2), (text) => console.log(text)).then(
    (code) => { process.exitCode = code; },
    (err) => {
      console.error(err instanceof UsageError ? err.message : `catalog sync failed: ${err.stack ?? err}`);
      process.exitCode = 2;
    },
  );
}
