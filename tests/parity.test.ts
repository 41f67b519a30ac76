// The ESLint rules, the tsserver plugin and the language server must make the same decisions with the
// same messages: all three run here on one table of snippets (hits and traps) and must report the same
// findings, and offer the same fixes under the same titles (ESLint suggestions, tsserver code fixes, LSP
// code actions). (The tsserver plugin has no exhaustiveness check: the server is compared with all three rules.)
import { DEFAULT_OPTIONS, FIXABLE_CODES, targetOfFound, toDaprTarget, type DaprTarget } from '@dapr-codes/catalog';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import eslintPlugin from '../packages/eslint-plugin/src/index.js';
import { analyze, codeActionsFor, LineTable, toDiagnostic } from '../packages/language-server/src/index.js';
import { codeFixesFor } from '../packages/typescript-plugin/src/code-fixes.js';
import { findingsInFile } from '../packages/typescript-plugin/src/diagnostics.js';
import { createClassifier, fileContext } from '../packages/typescript-plugin/src/occurrences.js';
import { typed } from '../packages/typescript-plugin/test/helpers.js';

const snippets = [
  // hits
  "if (body.errorCode === 'ERR_STATE_STORE_NOTFOUND') {}",
  "if (err?.errorCode !== 'ERR_STORE_STATE_NOT_FOUND') {}",
  "const { errorCode } = body; if (errorCode === 'STATE_STORE_NOT_FOUND') {}",
  "const { errorCode: code } = body; if (code === 'ERR_TOPIC_EMPTY') {}",
  "const code = body.errorCode; if (code === 'ERR_GET_STATE') {}",
  "switch (body.errorCode) { case 'err_direct_invoke': case 'ERR_ACTOR_STATE_SAVE': break; }",
  "switch (code) { case 'ERR_CONVERSATION_INVOKE': case 'ERR_CONVERSATION_INVOK': break; }",
  "const mock = { errorCode: 'ERR_PUBSUB_FORBIDEN', message: 'no' };",
  "res.errorCode = 'SCHEDULER_JOB_NAME';",
  "const errorCode = 'ERR_TOPIC_EMPTY';",
  'const raw = \'{"errorCode":"ERR_STATE_GETT","details":[{"reason":"DAPR_PUBSUB_TOPICNAME_EMPTY"}]}\';',
  'const m = `{"error_msg":"{\\"errorCode\\":\\"ERR_PUBSUB_NOT_FOUN\\"}","status":${s}}`;',
  "if (msg.toLowerCase().includes('err_direct_invok')) {}",
  "if (e.message.includes('ERR_TOPIC_EMPTY')) {}",
  "if (['ERR_STATE_GET', 'ERR_STATE_SAVEE'].includes(body.errorCode)) {}",
  "const RETRY = ['ERR_ACTOR_REMINDR_GET', 'ERR_ACTOR_NO_APP_CHANNEL', 'ERR_ACTOR_TIMER_GET'];",
  "if (body.errorCode === 'DAPR_STATE_NOT_FOUND') {}",
  "const d = { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_STATE_NOTFOUND' };",
  "if (detail.errorInfo.reason === 'DAPR_PUBSUB_TESTNOT_FOUND') {}",
  "import { getCode } from '@dapr-codes/catalog';\ngetCode('ERR_CONFIGURATION_STORE_NOTFOUND');",
  "if (body.errorCode === 'ERR_WORKFLOW_APP_ID_INVALID' || body.errorCode === 'ERR_TOPIC_NAME_EMPTY') {}",
  "class Handler { errorCode = 'ERR_SECRET_STORE_NOTFOUND'; }",
  // suggestions depend on the targeted runtime: ERR_TOPIC_NAME_EMPTY by default, ERR_TOPIC_EMPTY for 1.13
  "if (body.errorCode === 'ERR_TOPIC_EMPTI') {}",
  // a const is judged where it is read (docs/where-a-string-is-a-code.md, "Values held by a const")
  "const normalized = text.toLowerCase(); if (normalized.includes('err_direct_invok')) {}",
  "function f(input: unknown) { const normalized = errorText(input).toLowerCase(); return normalized.includes('err_invoke_output_bindng'); }",
  "const UNLOCK_FAILED = 'ERR_UNLOKC'; if (body.errorCode === UNLOCK_FAILED) {}",
  "const RETRYABLE = ['ERR_STATE_GET', 'ERR_STATE_SAVEE'] as const; if (RETRYABLE.includes(err.errorCode)) {}",
  "const RETRY = new Set(['ERR_DIRECT_INVOK']); if (RETRY.has(body.errorCode)) {}",
  "const CODES = { notFound: 'ERR_PUBSUB_NOTFOUND' } as const; if (body.errorCode === CODES.notFound) {}",
  // family checks: a part no code has is reported with the nearest part; a removed code as removed
  "if (body.errorCode.startsWith('ERR_STATES_') || errorCode.endsWith('_NOT_FOUNDD') || body.errorCode.startsWith('ERR_GET_STATE')) {}",
  "if (err.errorCode?.toLowerCase().startsWith('err_pubsubs_') || info.errorInfo.reason.startsWith('DAPR_STAT_')) {}",
  // app codes: a near miss or a Dapr-only prefix is Dapr's; far from every code is the app's own (a trap below)
  "if (body.errorCode === 'ERR_STATE_MACHINE_STUCK' || body.errorCode === 'DAPR_ORDER_REJECTED') {}",
  // an if/else chain over a code that misses some (the server's "Add an else branch")
  "if (body.errorCode === 'ERR_CRYPTO_KEY') a(); else if (body.errorCode === 'ERR_CRYPTO') b();",
  // string-literal unions of codes, and keys of a const object looked up with a code
  "type DaprCode = 'ERR_STATE_GET' | 'ERR_STATE_SAVEE'; function f(code: 'ERR_STATE_GET' | 'ERR_PUBSUB_NOTFOUND') {}",
  "const MESSAGES = { 'ERR_STATE_GET': 'x', 'ERR_STATE_SAVEE': 'y' }; const m = MESSAGES[body.errorCode];",
  // what a runtime sends: added in 1.18, renamed between 1.14 and 1.15, removed in a patch release
  "if (body.errorCode === 'ERR_ACTOR_TYPE_RESERVED' || body.errorCode === 'ERR_PUBSUB_GET_SUBSCRIPTIONS') {}",
  "switch (body.errorCode) { case 'SCHEDULER_JOB_NAME': break; case 'DAPR_SCHEDULER_JOB_NAME': break; }",
  // both names of a renamed code handled at one place: what a rolling upgrade over the rename needs
  "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_NAME_EMPTY': break; }",
  "if (body.errorCode === 'ERR_TOPIC_NAME_EMPTY') a(); else if (body.errorCode === 'ERR_TOPIC_EMPTY') b();",
  "const empty = ['ERR_TOPIC_NAME_EMPTY', 'ERR_TOPIC_EMPTY'].includes(body.errorCode) || e.errorCode === 'ERR_PUBSUB_NOT_FOUND';",
  // assertions compare as === does (node:assert, AVA, chai assert/expect/should, Jest/Vitest matchers), at any argument
  "import assert from 'node:assert/strict';\nassert.equal(res.body.errorCode, 'ERR_DIRECT_INVOK'); assert.strictEqual('ERR_TOPIC_NAME_EMPT', body.errorCode);",
  "import { deepStrictEqual } from 'node:assert';\ndeepStrictEqual(err.errorCode, 'ERR_INVOKE_OUTPUT_BINDNG'); assert.strict.equal(res.body.errorCode, 'ERR_HEALTH_NOT_READ');",
  "test('maps', (t) => { t.is(error.errorCode, 'ERR_DIRECT_INVOK'); t.not(error.errorCode, 'ERR_TOPIC_NAME_EMPT'); });",
  "assert.include(err.message, 'ERR_DIRECT_INVOK'); assert.propertyVal(res.body, 'errorCode', 'ERR_TOPIC_NAME_EMPT');",
  "expect(err.errorCode).toBe('ERR_DIRECT_INVOK'); expect(res.body.errorCode).not.toStrictEqual('ERR_INVOKE_OUTPUT_BINDNG');",
  "await expect(client.invoker.invoke('app', 'm')).rejects.toHaveProperty('errorCode', 'ERR_DIRECT_INVOK');",
  "chai.expect(body.errorCode).to.equal('ERR_MALFORMED_REQUEST_DAT'); res.body.errorCode.should.equal('ERR_HEALTH_NOT_READ'); res.body.should.have.property('errorCode', 'ERR_TOPIC_NAME_EMPT');",
  "expect(String(err).toLowerCase()).toContain('err_direct_invok'); expect(e.message.toLowerCase()).toMatch('ERR_DIRECT_INVOKE');",
  // strings handed on by test tables (it.each, test.each, describe.each, for...of, forEach) and helpers: judged where they are read
  "it.each([['ERR_DIRECT_INVOK', 500], ['ERR_HEALTH_NOT_READY', 503]])('maps %s', (code, status) => { expect(res.body.errorCode).toBe(code); });",
  "test.each([{ code: 'ERR_TOPIC_NAME_EMPT' }])('$code', ({ code }) => { mock.reply(500, { errorCode: code }); }); describe.each(['ERR_DIRECT_INVOK'])('%s', (errorCode) => { it('x', () => assert.equal(body.errorCode, errorCode)); });",
  "const CASES = [{ code: 'ERR_HEALTH_NOT_READ', status: 500 }]; it.each(CASES)('$code', (row) => { expect(res.body.errorCode).toBe(row.code); });",
  "for (const code of ['ERR_TOPIC_NAME_EMPT', 'ERR_DIRECT_INVOKE']) { if (body.errorCode === code) retry(); } for (const [code, status] of [['ERR_DIRECT_INVOK', 500]] as const) { scope.reply(status, { errorCode: code }); }",
  "const RETRYABLE = ['ERR_DIRECT_INVOK']; RETRYABLE.forEach((code) => { it(code, () => expect(err.errorCode).toBe(code)); });",
  "function mockError(code: string) { return { errorCode: code, message: 'boom' }; }\nconst daprError = (code: string, status = 500) => ({ status, body: { errorCode: code } });\nmockError('ERR_DIRECT_INVOK'); nock(url).reply(daprError('ERR_TOPIC_NAME_EMPT'));",
  "function reply({ code }: { code: string }) { return { errorCode: code }; }\nreply({ code: 'ERR_DIRECT_INVOK' }); [{ code: 'ERR_TOPIC_NAME_EMPT' }].forEach(({ code: c }) => { if (res.errorCode === c) done(); });",
  "function mockError(errorCode: string) { return { errorCode }; }\nmockError('ERR_DIRECT_INVOK'); const rows = [{ code: 'ERR_TOPIC_NAME_EMPT' }]; for (const row of rows) { if (row['code'] === body.errorCode) {} }",
  "import { DaprClient } from '@dapr/dapr';\nconst sidecarError = (code: string) => ({ errorCode: code });\nit('retries', () => { nock(url).reply(500, sidecarError('ERR_QUEUE_WOBBLED')); });",
  // a row under `as const` spreads over the parameters; chai's `includes` matcher is an assertion, not a string search
  "it.each([['ERR_STATE_GETT', 500] as const])('%s', (code, status) => { mock(status, { errorCode: code }); });",
  "expect(res.body.errorCode).to.includes('ERR_DIRECT_INVOK');",
  // traps
  "if (err.code === 'ERR_BAD_REQUEST' || err.code === 'ERR_NETWORK') {}",
  "if (err.code === 'ERR_INVALID_ARG_TYPE' || e.errorCode === 'ERR_PNPM_OUTDATED_LOCKFILE') {}",
  "const port = process.env.DAPR_HTTP_PORT ?? process.env['DAPR_PUBSUB_NAME'];",
  "if (e.message === 'DAPR_SIDECAR_COULD_NOT_BE_STARTED') {}",
  "enum AppError { ERR_STATE_MACHINE_STUCK = 'ERR_STATE_MACHINE_STUCK', ERR_ACTOR_REMINDR = 'ERR_ACTOR_REMINDR_GET' }",
  "class DaprError extends Error { code = 'ORDER_LOST'; static SIDECAR = 'ERR_ACTOR_REMINDR_GET'; }",
  "if (res.errorCode === 'ORDER_NOT_FOUND') {} const reason = 'user cancelled';",
  "// body.errorCode === 'ERR_STATE_STORE_NOTFOUND'\ntype Code = 'ERR_STATE_STORE_NOTFOUND';",
  "import x from 'ERR_STATE_STORE_NOTFOUND'; const o = { 'ERR_STATE_STORE_NOTFOUND': 1 };",
  "const label = 'ERR_STATE_STORE_NOT_FOUND_DESCRIPTION'; const t = tag`ERR_STATE_STORE_NOTFOUND`;",
  'const o = { \'{"errorCode":"ERR_STATE_GETT"}\': 1 }; const q = sql`{"errorCode":"ERR_TOPIC_EMPTY"}`;',
  "const KINDS = ['dapr_workflow_slot', 'dapr_state']; let m = msg; if (KINDS.includes(resourceType) || m.toLowerCase().includes('dapr_stat')) {}",
  "const CODES = { bad: 'ERR_BAD_REQUEST', net: 'ERR_NETWORK' }; if (err.code === CODES.bad || body.errorCode === CODES.nett) {}",
  "const normalized = text.toLowerCase(); function f(normalized: string) { return normalized.includes('err_direct_invok'); }",
  "if (body.errorCode.startsWith('ERR_LOCK') || errorCode.endsWith('_NOT_FOUND') || msg.startsWith('ERR_STATES_') || body.errorCode.startsWith('ORDER_')) {}",
  "if (body.errorCode === 'ERR_ORDER_REJECTED') {} const reply = { errorCode: 'ERR_PAYMENT_DECLINED' };",
  "type Kind = 'ERR_ORDER_A' | 'ERR_ORDER_B'; const MESSAGES = { 'ERR_STATE_SAVEE': 'y' }; const m = MESSAGES[key];",
  // assertions on Node/axios codes, rows bound to what says nothing, rest parameters, helpers held by a let, a far code outside a Dapr client
  "assert.equal(err.code, 'ERR_BAD_REQUEST'); expect(err.code).toBe('ERR_INVALID_ARG_TYPE'); it.each([['ERR_NETWORK', 0]])('%s', (code) => { expect(axiosError.code).toBe(code); });",
  "it.each([['ERR_DIRECT_INVOK', 500]])('%s', (title, status) => { expect(res.status).toBe(status); }); it.each([['ERR_DIRECT_INVOK']])('%s', ([code]) => { expect(res.body.errorCode).toBe(code); });",
  "for (const name of ['DAPR_HTTP_PORT', 'DAPR_GRPC_PORT']) { delete process.env[name]; } function label(kind: string) { return kind.toUpperCase(); } label('ERR_DIRECT_INVOK');",
  "expect(screen.getByText('ERR_DIRECT_INVOK')).toBeVisible(); t.is(result.status, 'ERR_DIRECT_INVOK'); assert.equal(res.errorCode, 'ERR_ORDER_REJECTED');",
  "function mockError(...codes: string[]) { return { errorCode: codes[0] }; }\nlet mock = (code: string) => ({ errorCode: code });\nmockError('ERR_DIRECT_INVOK'); mock('ERR_DIRECT_INVOK');",
  "const sidecarError = (code: string) => ({ errorCode: code });\nit('rejects', () => { nock(url).reply(400, sidecarError('ERR_QUEUE_WOBBLED')); expect(err.errorCode).toBe('ERR_DIRECT_INVOKE'); });",
];

/**
 * A row's runtimes: none, a configured spec (a version, a range, a list), or what a project's files
 * deploy (a rolling upgrade: two files, two runtimes). ESLint gets the spec as `settings.dapr.version` or
 * the detection as the configs' snapshot; the editors get the target their resolver would give.
 */
type Runtimes = undefined | string | readonly string[] | { readonly found: readonly [spec: string, where: string][] };
// Under the working folder (where ESLint's flat config applies), and no file on disk: nothing is read.
const ROOT = join(process.cwd(), 'parity-project');
const FILE = join(ROOT, 'snippet.ts');
const foundRuntimes = (r: { found: readonly [string, string][] }) => r.found.map(([spec, where]) => ({ spec, where, says: `${where} runs daprd ${spec}` }));
function targetOf(runtimes: Runtimes): DaprTarget | undefined {
  if (runtimes === undefined) return undefined;
  return typeof runtimes === 'string' || Array.isArray(runtimes) ? toDaprTarget(runtimes as string | string[]) : targetOfFound(foundRuntimes(runtimes as { found: [string, string][] })).target;
}
function eslintSettings(runtimes: Runtimes): Record<string, unknown> {
  if (runtimes === undefined) return {};
  if (typeof runtimes === 'string' || Array.isArray(runtimes)) return { dapr: { version: runtimes } };
  return { dapr: { deployments: { base: ROOT, projects: [{ dir: ROOT, runtimes: foundRuntimes(runtimes as { found: [string, string][] }), problems: [] }] } } };
}
const linter = new Linter({ configType: 'flat' });

/** `offset kind message`, kind being "unknown" or "deprecated". */
const KINDS: Record<string, string> = { '@dapr-codes/no-unknown-code': 'unknown', '@dapr-codes/no-deprecated-code': 'deprecated', '@dapr-codes/exhaustive-handling': 'exhaustive' };

/** What a host offers for a snippet: its findings (`offset kind message`) and fixes (`offset title`, at the finding's offset). */
interface Offer {
  readonly findings: string[];
  readonly fixes: string[];
}

function eslintOffer(text: string, daprVersion?: Runtimes, exhaustive = false): Offer {
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { '@dapr-codes': eslintPlugin },
        rules: { '@dapr-codes/no-unknown-code': 'error', '@dapr-codes/no-deprecated-code': 'error', ...(exhaustive ? { '@dapr-codes/exhaustive-handling': 'error' } : {}) },
        settings: eslintSettings(daprVersion),
      },
    ],
    FILE,
  );
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const offer: Offer = { findings: [], fixes: [] };
  for (const m of messages) {
    if (m.fatal) throw new Error(m.message);
    const offset = lineStarts[m.line - 1]! + m.column - 1;
    offer.findings.push(`${offset} ${KINDS[m.ruleId!]} ${m.message}`);
    for (const suggestion of m.suggestions ?? []) offer.fixes.push(`${offset} ${suggestion.desc}`);
  }
  return offer;
}

// A program per snippet (the costly part), shared by the rows: it does not depend on the runtimes.
const programs = new Map<string, ReturnType<typeof typed>>();
const typedOnce = (text: string) => programs.get(text) ?? programs.set(text, typed(text)).get(text)!;

function tsserverOffer(text: string, daprVersion?: Runtimes): Offer {
  // As in the editor, the plugin has the program's checker (it resolves `const code = body.errorCode`).
  const { file: sourceFile, types } = typedOnce(text);
  const target = targetOf(daprVersion);
  const findings = findingsInFile({ ts, sourceFile, types, classify: createClassifier(new Set(), target), context: fileContext(sourceFile, 'auto') }, target);
  return {
    findings: findings.map((f) => `${f.span.start} ${f.code === 93100 ? 'unknown' : 'deprecated'} ${f.message}`),
    // What tsserver answers for a fix request over the finding: that finding's fixes.
    fixes: findings.flatMap((f) => codeFixesFor([f], 'snippet.ts', f.span.start, f.span.start + f.span.length, FIXABLE_CODES).map((fix) => `${f.span.start} ${fix.description}`)),
  };
}

/** The language server's findings and code actions, through its host-neutral analysis (the same as over stdio). */
function serverOffer(text: string, daprVersion?: Runtimes, exhaustive = false): Offer {
  const analysis = analyze(FILE, text, DEFAULT_OPTIONS, undefined, targetOf(daprVersion));
  if (!analysis.ok) throw new Error(analysis.error);
  const messages = analysis.lint!.messages.filter((m) => exhaustive || m.ruleId !== 'exhaustive-handling');
  const lines = new LineTable(text);
  const diagnostics = messages.map((m) => toDiagnostic(m, lines, 'warning'));
  const actions = codeActionsFor(messages, diagnostics, lines, 'file:///snippet.ts', { start: lines.position(0), end: lines.position(text.length) });
  return {
    findings: messages.map((m) => `${m.start} ${KINDS[`@dapr-codes/${m.ruleId}`]} ${m.message}`),
    fixes: actions.map((a) => `${lines.offset(a.diagnostics![0]!.range.start)} ${a.title}`),
  };
}

const sorted = ({ findings, fixes }: Offer): Offer => ({ findings: [...findings].sort(), fixes: [...fixes].sort() });

const ROWS: readonly Runtimes[] = [undefined, '1.13', '>=1.13 <1.16', ['1.14.5', 'latest'], { found: [['1.13.6', 'docker-compose.yml:7'], ['1.14.0', 'k8s/orders.yaml:11']] }];

describe.each(ROWS.map((r) => [JSON.stringify(r) ?? 'none', r] as const))('ESLint rules, tsserver plugin and language server agree (runtimes %s)', (_name, daprVersion) => {
  it.each(snippets)('%s', (text) => {
    const fromEslint = sorted(eslintOffer(text, daprVersion));
    expect(sorted(tsserverOffer(text, daprVersion))).toEqual(fromEslint);
    expect(sorted(serverOffer(text, daprVersion))).toEqual(fromEslint);
    expect(sorted(serverOffer(text, daprVersion, true))).toEqual(sorted(eslintOffer(text, daprVersion, true)));
  });
});

it('the snippet table has hits and traps, fixes among the hits', () => {
  const offers = snippets.map((s) => eslintOffer(s, undefined, true));
  expect(offers.filter((o) => o.findings.length > 0).length).toBeGreaterThanOrEqual(20);
  expect(offers.slice(-17).map((o) => o.findings.length)).toEqual(Array(17).fill(0));
  // Every kind of fix title is compared: replacements, and the exhaustiveness fixes.
  const titles = offers.flatMap((o) => o.fixes.map((f) => f.replace(/^\d+ /, '')));
  expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/^Replace with '/), expect.stringMatching(/^Add the (\d+ )?missing cases?$/), 'Add a default case', 'Add an else branch']));
});

it('the version rows check against their runtimes, and say where those came from', () => {
  const snippet = "if (body.errorCode === 'ERR_ACTOR_TYPE_RESERVED' || body.errorCode === 'ERR_PUBSUB_GET_SUBSCRIPTIONS') {}";
  expect(eslintOffer(snippet).findings).toEqual([expect.stringContaining("'ERR_PUBSUB_GET_SUBSCRIPTIONS' was removed from Dapr in v1.10.4")]);
  expect(eslintOffer(snippet, ROWS[4]).findings.map((f) => f.replace(/^\d+ /, ''))).toEqual([
    "deprecated 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; docker-compose.yml:7 runs daprd 1.13.6, k8s/orders.yaml:11 runs daprd 1.14.0.",
    "deprecated 'ERR_PUBSUB_GET_SUBSCRIPTIONS' was removed from Dapr in v1.10.4 (last sent by v1.10.3); nothing replaces it.",
  ]);
  // Both names of a renamed code, handled together over an upgrade across the rename: nothing to report;
  // the one runtime before it never sends the new name.
  const both = "switch (body.errorCode) { case 'ERR_TOPIC_EMPTY': case 'ERR_TOPIC_NAME_EMPTY': break; }";
  expect(eslintOffer(both, ROWS[4]).findings).toEqual([]);
  expect(eslintOffer(both, '>=1.13 <1.16').findings).toEqual([]);
  expect(eslintOffer(both, '1.13').findings).toEqual([expect.stringContaining("'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr")]);
  expect(eslintOffer("switch (body.errorCode) { case 'SCHEDULER_JOB_NAME': break; case 'DAPR_SCHEDULER_JOB_NAME': break; }", '1.14 - 1.15').findings).toEqual([]);
  // Over an upgrade from 1.14 to 1.15 both names of each scheduler code must be handled.
  const exhaustive = eslintOffer("switch (body.errorCode) { case 'SCHEDULER_JOB_NAME': break; case 'DAPR_SCHEDULER_JOB_NAME': break; }", '1.14 - 1.15', true);
  expect(exhaustive.findings.filter((f) => f.includes(' exhaustive '))).toEqual([expect.stringMatching(/exhaustive Switch over a Dapr error code misses 14 of the job codes: /)]);
});
