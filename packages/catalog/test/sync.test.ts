import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = join(dirname(fileURLToPath(import.meta.url)), '../scripts/sync/cli.mjs');
// @ts-expect-error: plain ESM script without types
const { main } = (await import('../scripts/sync/cli.mjs')) as { main: (argv: string[], print: (text: string) => void) => Promise<number> };
const temp = mkdtempSync(join(tmpdir(), 'catalog-sync-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ERRORCODES = 'pkg/messages/errorcodes/errorcodes.go';
const PREDEFINED = 'pkg/messages/predefined.go';

function errorcodesGo(decls: string[]): string {
  return [
    'package errorcodes',
    '',
    'type Category string',
    '',
    'const (',
    '\tCategoryActor Category = "actor"',
    '\tCategoryState Category = "state"',
    ')',
    '',
    'var (',
    ...decls.map((d) => `\t${d}`),
    ')',
    '',
  ].join('\n');
}

function predefinedGo(errors: string[]): string {
  return ['package messages', '', 'var (', ...errors.map((e) => `\t${e}`), ')', ''].join('\n');
}

/** A git repository whose commits are whole trees: each step replaces every file. */
class FakeDapr {
  readonly dir: string;
  constructor(name: string) {
    this.dir = join(temp, name);
    mkdirSync(this.dir);
    this.git('init', '-q', '-b', 'master');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-01-02T00:00:00Z', GIT_AUTHOR_DATE: '2026-01-02T00:00:00Z' },
    });
  }

  commit(files: Record<string, string>, tag?: string): void {
    for (const entry of readdirSync(this.dir)) if (entry !== '.git') rmSync(join(this.dir, entry), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', tag ?? 'step');
    if (tag) this.git('tag', tag);
  }
}

function dataDir(name: string, overrides: object): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'dapr-error-codes.json'), '[]');
  writeFileSync(join(dir, 'dapr-error-reasons.json'), '[]');
  writeFileSync(join(dir, 'catalog-meta.json'), `${JSON.stringify({ $comment: 'kept', latestRelease: 'v0.0.1', masterLine: '0.1', daprCommit: 'x', sourceRepoUrl: 'u' }, null, 2)}\n`);
  writeFileSync(join(dir, 'SOURCES.md'), '# Sources\n\nHand-written text.\n');
  writeFileSync(join(dir, 'overrides.json'), JSON.stringify(overrides));
  return dir;
}

/** The command in-process (a node process per run would dominate the test time); the CLI itself is run once below. */
async function sync(repo: FakeDapr, data: string, ...extra: string[]) {
  const printed: string[] = [];
  const status = await main(['--dapr', repo.dir, '--data', data, ...extra], (text: string) => printed.push(text));
  return { status, out: `${printed.join('\n')}\n` };
}

const readJson = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const OVERRIDES = {
  codes: {
    ERR_OLD_GET: { category: 'state', summary: 'Old get', replacedBy: 'ERR_NEW_GET', evidence: 'test' },
    ERR_DOCS_ONLY: { docsOnly: true, category: 'actor', summary: 'Only in the docs', evidence: 'test' },
  },
  reasons: {},
};

/**
 * v0.1.0: literals only (test and vendor files do not count). v1.0.0: ERR_OLD_GET renamed to ERR_NEW_GET (override).
 * v1.1.0-rc.1: a pre-release, ignored. v1.1.0: errorcodes.go and predefined.go appear. v1.2.0: ActorFoo renamed in
 * place to ERR_ACTOR_BAR (derived), ERR_STATE_GET goes 500/Internal → 404/NotFound, ERR_NEW_GET removed.
 * v1.3.0: ERR_NEW_GET back. master: an unreleased code.
 */
function history(repo: FakeDapr): void {
  const literals = (codes: string[]) => `package http\n\nvar codes = []string{${codes.map((c) => `"${c}"`).join(', ')}}\n`;
  const noise = { 'pkg/http/api_test.go': literals(['ERR_TEST_ONLY']), 'vendor/x/x.go': literals(['ERR_VENDORED']), 'tests/e2e/e.go': literals(['ERR_E2E']) };
  repo.commit({ 'pkg/http/api.go': literals(['ERR_OLD_GET', 'ERR_STATE_GET']), ...noise }, 'v0.1.0');
  repo.commit({ 'pkg/http/api.go': literals(['ERR_NEW_GET', 'ERR_STATE_GET']), ...noise }, 'v1.0.0');
  repo.commit({ 'pkg/http/api.go': literals(['ERR_NEW_GET', 'ERR_STATE_GET', 'ERR_RC_ONLY']) }, 'v1.1.0-rc.1');
  const v11 = {
    [ERRORCODES]: errorcodesGo([
      'StateGet = ErrorCode{"ERR_STATE_GET", "", CategoryState} // Error  getting state',
      'NewGet = ErrorCode{"ERR_NEW_GET", "", CategoryState} // New get',
      'ActorFoo = ErrorCode{"ERR_ACTOR_FOO", "DAPR_ACTOR_FOO", CategoryActor} // Foo failed',
    ]),
    [PREDEFINED]: predefinedGo([
      'ErrStateGet = APIError{"fail to get %s", errorcodes.StateGet, http.StatusInternalServerError, grpcCodes.Internal}',
      'ErrActorFoo = APIError{`foo "%s"`, errorcodes.ActorFoo, http.StatusBadRequest, grpcCodes.InvalidArgument}',
    ]),
    'pkg/api/http/state.go': 'package http\n\nvar _ = messages.ErrStateGet\nvar _ = errorcodes.NewGet\n',
    'pkg/api/grpc/actor.go': 'package grpc\n\nvar _ = messages.ErrActorFoo\n',
  };
  repo.commit(v11, 'v1.1.0');
  const v12 = {
    [ERRORCODES]: errorcodesGo([
      'StateGet = ErrorCode{"ERR_STATE_GET", "", CategoryState} // Error  getting state',
      'ActorFoo = ErrorCode{"ERR_ACTOR_BAR", "DAPR_ACTOR_BAR", CategoryActor} // Bar failed',
    ]),
    [PREDEFINED]: predefinedGo([
      'ErrStateGet = APIError{"fail to get %s", errorcodes.StateGet, http.StatusNotFound, grpcCodes.NotFound}',
      'ErrActorFoo = APIError{`foo "%s"`, errorcodes.ActorFoo, http.StatusBadRequest, grpcCodes.InvalidArgument}',
    ]),
    'pkg/api/http/state.go': 'package http\n\nvar _ = messages.ErrStateGet\n',
    'pkg/api/grpc/actor.go': 'package grpc\n\nvar _ = messages.ErrActorFoo\n',
  };
  repo.commit(v12, 'v1.2.0');
  const v13 = { ...v12, 'pkg/api/http/get.go': 'package http\n\nvar _ = "ERR_NEW_GET"\n' };
  repo.commit(v13, 'v1.3.0');
  repo.commit({
    ...v13,
    [ERRORCODES]: errorcodesGo([
      'StateGet = ErrorCode{"ERR_STATE_GET", "", CategoryState} // Error  getting state',
      'ActorFoo = ErrorCode{"ERR_ACTOR_BAR", "DAPR_ACTOR_BAR", CategoryActor} // Bar failed',
      'Unused = ErrorCode{"ERR_UNRELEASED", "", CategoryActor} // Not yet released',
    ]),
  });
}

describe('catalog:sync on a small dapr/dapr history', () => {
  const repo = new FakeDapr('dapr');
  const data = dataDir('data', OVERRIDES);
  let first: Awaited<ReturnType<typeof sync>>;
  beforeAll(async () => {
    history(repo);
    first = await sync(repo, data);
  });

  it('writes the codes: presence, renames (derived and reviewed), re-added codes, statuses, unreleased and docs-only', () => {
    expect(first.status).toBe(0);
    const noDocs = {
      'legacyTable_v1.0_to_v1.15': false,
      groupedTable_seed000: false,
      zhLegacyTable_seed002: false,
      referenceGuide_seed001: false,
      referenceGuide_newestStored: false,
    };
    expect(readJson(data, 'dapr-error-codes.json')).toEqual([
      {
        code: 'ERR_STATE_GET', category: 'state', summary: 'Error getting state', httpStatus: 404, grpcCode: 'NotFound',
        reasons: [], messageTemplate: 'fail to get %s', exposure: 'http-body+grpc-status-only', status: 'active',
        sinceVersion: 'v0.1.0', firstV1Release: 'v1.0.0', removedInVersion: null, presenceIntervals: [['v0.1.0', 'master', null]],
        inDocs: false, docs: noDocs, sourceFiles: [ERRORCODES, PREDEFINED, 'pkg/api/http/state.go'],
      },
      {
        code: 'ERR_ACTOR_BAR', category: 'actor', summary: 'Bar failed', httpStatus: 400, grpcCode: 'InvalidArgument',
        reasons: ['DAPR_ACTOR_BAR'], messageTemplate: 'foo "%s"', exposure: 'http-body+grpc-status-only', status: 'active',
        sinceVersion: 'v1.2.0', firstV1Release: 'v1.2.0', removedInVersion: null, presenceIntervals: [['v1.2.0', 'master', null]],
        inDocs: false, docs: noDocs, sourceFiles: [ERRORCODES, PREDEFINED, 'pkg/api/grpc/actor.go'],
      },
      {
        code: 'ERR_UNRELEASED', category: 'actor', summary: 'Not yet released', httpStatus: null, grpcCode: null, reasons: [],
        messageTemplate: null, exposure: null, status: 'unreleased', sinceVersion: 'master', firstV1Release: null,
        removedInVersion: null, presenceIntervals: [['master', 'master', null]], inDocs: false, docs: noDocs, sourceFiles: [ERRORCODES],
      },
      {
        code: 'ERR_NEW_GET', category: 'state', summary: 'New get', httpStatus: null, grpcCode: null, reasons: [],
        messageTemplate: null, exposure: null, status: 'active', sinceVersion: 'v1.3.0', firstV1Release: 'v1.0.0',
        removedInVersion: null, presenceIntervals: [['v1.0.0', 'v1.1.0', 'v1.2.0'], ['v1.3.0', 'master', null]],
        inDocs: false, docs: noDocs, sourceFiles: ['pkg/api/http/get.go'],
      },
      {
        code: 'ERR_OLD_GET', category: 'state', summary: 'Old get', httpStatus: null, grpcCode: null, reasons: [],
        messageTemplate: null, exposure: null, status: 'removed', sinceVersion: 'v0.1.0', firstV1Release: null,
        removedInVersion: 'v1.0.0', lastPresentIn: 'v0.1.0', replacedBy: 'ERR_NEW_GET',
        presenceIntervals: [['v0.1.0', 'v0.1.0', 'v1.0.0']], inDocs: false, docs: noDocs, sourceFiles: ['pkg/http/api.go @v0.1.0'],
      },
      {
        code: 'ERR_ACTOR_FOO', category: 'actor', summary: 'Foo failed', httpStatus: 400, grpcCode: 'InvalidArgument', reasons: [],
        messageTemplate: 'foo "%s"', exposure: 'http-body+grpc-status-only', status: 'removed', sinceVersion: 'v1.1.0',
        firstV1Release: 'v1.1.0', removedInVersion: 'v1.2.0', lastPresentIn: 'v1.1.0', replacedBy: 'ERR_ACTOR_BAR',
        presenceIntervals: [['v1.1.0', 'v1.1.0', 'v1.2.0']], inDocs: false, docs: noDocs,
        sourceFiles: [`${ERRORCODES} @v1.1.0`, 'pkg/api/grpc/actor.go @v1.1.0'],
      },
      {
        code: 'ERR_DOCS_ONLY', category: 'actor', summary: 'Only in the docs', httpStatus: null, grpcCode: null, reasons: [],
        messageTemplate: null, exposure: null, status: 'docs-only', sinceVersion: null, firstV1Release: null, removedInVersion: null,
        presenceIntervals: [], inDocs: true, docs: noDocs, sourceFiles: [],
      },
    ]);
  });

  it('writes the reasons errorcodes.go declares, with the rename of their identifier', () => {
    const common = {
      kind: 'errorinfo-reason', category: 'actor', grpcCode: null, httpStatus: null, lastPresentIn: null, inDocs: false,
      grpcDetails: ['ErrorInfo'], errorInfoMetadataKeys: [], sourceFiles: [ERRORCODES], notes: null,
    };
    expect(readJson(data, 'dapr-error-reasons.json')).toEqual([
      { ...common, reason: 'DAPR_ACTOR_FOO', codes: ['ERR_ACTOR_FOO'], sinceVersion: 'v1.1.0', removedInVersion: 'v1.2.0', lastPresentIn: 'v1.1.0', replacedBy: 'DAPR_ACTOR_BAR' },
      { ...common, reason: 'DAPR_ACTOR_BAR', codes: ['ERR_ACTOR_BAR'], sinceVersion: 'v1.2.0', removedInVersion: null, replacedBy: null },
    ]);
  });

  it('writes the meta (a new minor line comes from the tags) and the commits it read into SOURCES.md', () => {
    const head = repo.git('rev-parse', 'master').trim();
    expect(readJson(data, 'catalog-meta.json')).toEqual({
      $comment: 'kept', latestRelease: 'v1.3.0', masterLine: '1.4', daprCommit: head.slice(0, 10), sourceRepoUrl: 'u', releaseLines: ['v0.1.0', 'v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'],
    });
    const sources = readFileSync(join(data, 'SOURCES.md'), 'utf8');
    expect(sources.startsWith('# Sources\n\nHand-written text.\n\n<!-- sync:begin')).toBe(true);
    expect(sources).toContain(`read branch \`master\` at \`${head}\` (2026-01-02) and 5 release tags`);
    expect(sources).toContain(`| \`v1.2.0\` | \`${repo.git('rev-parse', 'v1.2.0').trim()}\` | 2026-01-02 |`);
    expect(sources).not.toContain('rc.1');
  });

  it('reports per version what was added, removed, renamed and what changed status', () => {
    expect(first.out).toContain('v1.0.0:\n  codes renamed: ERR_OLD_GET → ERR_NEW_GET\n');
    expect(first.out).toContain(
      [
        'v1.2.0:',
        '  codes removed: ERR_NEW_GET',
        '  codes renamed: ERR_ACTOR_FOO → ERR_ACTOR_BAR',
        '  reasons renamed: DAPR_ACTOR_FOO → DAPR_ACTOR_BAR',
        '  status changed (HTTP/gRPC): ERR_STATE_GET 500/Internal → 404/NotFound',
        'v1.3.0:',
        '  codes added: ERR_NEW_GET',
        'master:',
        '  codes added: ERR_UNRELEASED',
      ].join('\n'),
    );
    expect(first.out).toContain('- code ERR_ACTOR_BAR: new; check exposure');
    for (const ignored of ['ERR_RC_ONLY', 'ERR_TEST_ONLY', 'ERR_VENDORED', 'ERR_E2E']) expect(first.out).not.toContain(ignored);
  });

  it('is reproducible: a second run finds the written data matching the source, and keeps hand-edited fields', async () => {
    const codes = readJson(data, 'dapr-error-codes.json') as { code: string; exposure: string | null }[];
    codes.find((c) => c.code === 'ERR_NEW_GET')!.exposure = 'http-body-only';
    writeFileSync(join(data, 'dapr-error-codes.json'), JSON.stringify(codes, null, 2));
    const check = await sync(repo, data, '--check');
    expect(check.out).toContain('codes: unchanged\nreasons: unchanged');
    expect(check.status).toBe(0);
  });

  it('--check fails when the committed data differs from the source', async () => {
    const codes = readJson(data, 'dapr-error-codes.json') as { code: string; httpStatus: number | null }[];
    codes[0]!.httpStatus = 500;
    writeFileSync(join(data, 'dapr-error-codes.json'), JSON.stringify(codes, null, 2));
    const check = await sync(repo, data, '--check');
    expect(check.out).toContain('  ERR_STATE_GET.httpStatus: 500 → 404');
    expect(check.status).toBe(1);
  });
});

describe('catalog:sync refuses what it cannot classify', () => {
  it('exits 1 and writes nothing when a removed code has no category and summary, or an override no evidence', async () => {
    const repo = new FakeDapr('unclassified');
    repo.commit({ 'pkg/http/api.go': 'package http\n\nvar _ = "ERR_GONE"\nvar _ = "ERR_KEPT"\n' }, 'v1.0.0');
    repo.commit({ 'pkg/http/api.go': 'package http\n\nvar _ = "ERR_KEPT"\n' });
    const data = dataDir('unclassified-data', { codes: { ERR_KEPT: { category: 'state', summary: 'Kept' } }, reasons: {} });
    const r = await sync(repo, data);
    expect(r.out).toContain('## Cannot classify (nothing was written)');
    expect(r.out).toContain('- code ERR_GONE: no errorcodes.go declaration gives its category and summary; add them to overrides.codes.ERR_GONE');
    expect(r.out).toContain('- overrides.codes.ERR_KEPT: no evidence');
    expect(r.status).toBe(1);
    expect(readFileSync(join(data, 'dapr-error-codes.json'), 'utf8')).toBe('[]');
  });

  it('exits 1 on a removal without successor once category and summary are known', async () => {
    const repo = new FakeDapr('no-successor');
    repo.commit({ [ERRORCODES]: errorcodesGo(['A = ErrorCode{"ERR_A", "", CategoryState} // A', 'B = ErrorCode{"ERR_B", "", CategoryState} // B']) }, 'v1.0.0');
    repo.commit({ [ERRORCODES]: errorcodesGo(['A = ErrorCode{"ERR_A", "", CategoryState} // A']) });
    const r = await sync(repo, dataDir('no-successor-data', { codes: {}, reasons: {} }));
    expect(r.out).toContain('- code ERR_B: removed in master; no rename is derivable: set overrides.codes.ERR_B.replacedBy (null for none)');
    expect(r.status).toBe(1);
  });

  it('with --kit, checks hand-traced reason starts and exits 1 on a reason built from kit constants that nothing declares', async () => {
    const kit = new FakeDapr('kit');
    kit.commit({ 'errors/codes.go': 'package errors\n\nconst (\n\tCodePrefixPubSub = "DAPR_PUBSUB_"\n\tCodeNotFound = "NOT_FOUND"\n)\n' });
    const repo = new FakeDapr('kit-reasons');
    const pubsub = (...reasons: string[]) =>
      `package errors\n\nconst PostFixForbidden = "FORBIDDEN"\n\nfunc f() {\n${reasons.map((r) => `\t_ = e.WithErrorInfo(${r}, nil)\n`).join('')}}\n`;
    const codes = {
      [ERRORCODES]: errorcodesGo([
        'A = ErrorCode{"ERR_A", "DAPR_PUBSUB_NOT_FOUND", CategoryState} // A',
        'B = ErrorCode{"ERR_B", "DAPR_PUBSUB_FORBIDDEN", CategoryState} // B',
      ]),
    };
    const v09 = ['kiterrors.CodePrefixPubSub+kiterrors.CodeNotFound', 'kiterrors.CodePrefixPubSub+PostFixForbidden'];
    repo.commit({ 'pkg/http/api.go': 'package http\n\nvar _ = []string{"ERR_A", "ERR_B"}\n', 'pkg/api/errors/pubsub.go': pubsub(...v09) }, 'v0.9.0');
    repo.commit({ ...codes, 'pkg/api/errors/pubsub.go': pubsub('errors.CodePrefixPubSub+errors.CodeNotFound') }, 'v1.0.0');
    repo.commit({ ...codes, 'pkg/api/errors/pubsub.go': pubsub('errors.CodePrefixPubSub+"BRAND_NEW"') });
    const overrides = {
      codes: {},
      reasons: {
        DAPR_PUBSUB_NOT_FOUND: { sinceVersion: 'v0.9.0', evidence: 'test' },
        DAPR_PUBSUB_FORBIDDEN: { sinceVersion: 'v1.0.0', evidence: 'test: wrong on purpose' },
      },
    };
    const r = await sync(repo, dataDir('kit-data', overrides), '--kit', kit.dir);
    expect(r.out).toContain(`Read dapr/kit errors/codes.go at ${kit.git('rev-parse', 'HEAD').slice(0, 10)}.`);
    expect(r.out).toContain('- reasons.DAPR_PUBSUB_NOT_FOUND.sinceVersion v0.9.0: confirmed (first built there, pkg/api/errors/pubsub.go)');
    expect(r.out).toContain(
      '- overrides.reasons.DAPR_PUBSUB_FORBIDDEN.sinceVersion says v1.0.0, but v0.9.0 is the first tag building it (pkg/api/errors/pubsub.go)',
    );
    expect(r.out).toContain(
      '- reason DAPR_PUBSUB_BRAND_NEW: built in pkg/api/errors/pubsub.go at master (WithErrorInfo(errors.CodePrefixPubSub+"BRAND_NEW")), declared nowhere; add its entry to dapr-error-reasons.json by hand',
    );
    expect(r.out).not.toContain('reason DAPR_PUBSUB_NOT_FOUND: built');
    expect(r.status).toBe(1);
  });

  it('the command exits 2 when a declaration changes shape, and on bad arguments', () => {
    const repo = new FakeDapr('new-shape');
    repo.commit({ [ERRORCODES]: errorcodesGo(['A = ErrorCode{Code: "ERR_A", Category: CategoryState}']) }, 'v1.0.0');
    const data = dataDir('new-shape-data', { codes: {}, reasons: {} });
    const r = spawnSync(process.execPath, [cli, '--dapr', repo.dir, '--data', data], { encoding: 'utf8' });
    expect(r.stderr).toContain('errorcodes.go: cannot read the declaration `A = ErrorCode{Code: "ERR_A", Category: CategoryState}`');
    expect(r.status).toBe(2);
    const usage = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
    expect(usage.stderr).toBe('usage: pnpm catalog:sync --dapr <dapr/dapr clone> [--kit <dapr/kit clone>] [--branch master] [--data <dir>] [--check]\n');
    expect(usage.status).toBe(2);
  });
});

describe('release lines', () => {
  it('keeps the newest tag of each minor line, in version order', async () => {
    const versions = new URL('../scripts/sync/versions.mjs', import.meta.url).href;
    const { newestOfEachLine } = (await import(versions)) as { newestOfEachLine: (tags: readonly string[]) => string[] };
    expect(newestOfEachLine(['v0.11.3', 'v1.15.0', 'v1.15.9', 'v1.16.0', 'v1.16.19', 'v1.17.0'])).toEqual(['v0.11.3', 'v1.15.9', 'v1.16.19', 'v1.17.0']);
  });
});
