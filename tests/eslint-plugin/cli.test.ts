import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { eslintResults, type EslintResult } from '../lint-setups/lint-cli.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const project = join(root, 'tests/fixtures/eslint-project');
const pluginRequire = createRequire(join(root, 'packages/eslint-plugin/package.json'));
// `eslint/bin/eslint.js` is not in eslint's exports map: resolve the package, then the bin next to it.
const binOf = (req: NodeRequire, name: string) => join(dirname(req.resolve(`${name}/package.json`)), 'bin/eslint.js');
const eslintBins = {
  'ESLint 10': binOf(createRequire(join(root, 'package.json')), 'eslint'),
  'ESLint 9': binOf(pluginRequire, 'eslint-v9'),
};

const eslint = (bin: string, ...args: string[]) => eslintResults(project, args, bin);

const findings = (results: EslintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => `${relative(project, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)).sort();

// Every finding reviewed: each is a real Dapr-code problem; src/traps.ts has none.
const expected = [
  "src/legacy.cjs:5:56 @dapr-codes/no-deprecated-code 'ERR_GET_STATE' was removed from Dapr in v0.4.0 (last sent by v0.3.0); use 'ERR_STATE_GET'.",
  "src/mock-daprd.js:6:68 @dapr-codes/no-unknown-code 'ERR_PUBSUB_FORBIDEN' is not a Dapr error code. Did you mean 'ERR_PUBSUB_FORBIDDEN'?",
  "src/mock-daprd.js:7:59 @dapr-codes/no-deprecated-code 'SCHEDULER_JOB_NAME' was sent only by Dapr v1.14.0–v1.14.5; since v1.15.0 the runtime sends 'DAPR_SCHEDULER_JOB_NAME'.",
  "src/orders.ts:22:29 @dapr-codes/no-unknown-code 'ERR_STATE_STORE_NOTFOUND' is not a Dapr error code. Did you mean 'ERR_STATE_STORE_NOT_FOUND'?",
  "src/orders.ts:36:12 @dapr-codes/no-deprecated-code 'ERR_ACTOR_STATE_SAVE' was removed from Dapr in v0.11.0 (last sent by v0.10.0); use 'ERR_ACTOR_STATE_TRANSACTION_SAVE'.",
  'src/orders.ts:45:11 @dapr-codes/exhaustive-handling Switch over a Dapr error code misses 8 of the pubsub codes: ERR_PUBSUB_EMPTY, ERR_PUBSUB_NOT_CONFIGURED, ERR_TOPIC_NAME_EMPTY, ERR_PUBSUB_PUBLISH_MESSAGE, ERR_PUBSUB_REQUEST_METADATA, ERR_PUBSUB_CLOUD_EVENTS_SER and 2 more. Handle them or add a default case.',
  "src/orders.ts:49:10 @dapr-codes/no-deprecated-code 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
  "src/orders.ts:57:24 @dapr-codes/no-unknown-code 'DAPR_STATE_NOTFOUND' is not a Dapr ErrorInfo reason. Did you mean 'DAPR_STATE_NOT_FOUND'?",
].sort();

describe.each(Object.entries(eslintBins))('the eslint CLI (%s) on a fixture project', (label, bin) => {
  it('is the ESLint major it claims to be', async () => {
    const { stdout } = await run(process.execPath, [bin, '--version']);
    expect(stdout.trim()).toMatch(label === 'ESLint 9' ? /^v9\./ : /^v10\./);
  });

  it('reports exactly the reviewed findings, in .ts, .js and .cjs files', async () => {
    const results = await eslint(bin);
    expect(results.map((r) => relative(project, r.filePath)).sort()).toEqual(['eslint.config.js', 'src/legacy.cjs', 'src/mock-daprd.js', 'src/orders.ts', 'src/traps.ts']);
    expect(findings(results)).toEqual(expected);
  });

  it('gives the same findings with --concurrency=auto (no state shared across files)', async () => {
    expect(findings(await eslint(bin, '--concurrency=auto'))).toEqual(expected);
  });

  it('autofixes exact renames only', async () => {
    const results = await eslint(bin, '--fix-dry-run');
    const fixed = Object.fromEntries(results.filter((r) => r.output).map((r) => [relative(project, r.filePath), r.output!]));
    expect(Object.keys(fixed).sort()).toEqual(['src/legacy.cjs', 'src/mock-daprd.js', 'src/orders.ts']);
    expect(fixed['src/legacy.cjs']).toContain("error.errorCode === 'ERR_STATE_GET'");
    expect(fixed['src/mock-daprd.js']).toContain("errorCode: 'DAPR_SCHEDULER_JOB_NAME'");
    expect(fixed['src/orders.ts']).toContain("case 'ERR_TOPIC_NAME_EMPTY':");
    expect(fixed['src/orders.ts']).toContain("case 'ERR_ACTOR_STATE_SAVE':"); // not an exact successor: left alone
    expect(fixed['src/orders.ts']).toContain("'ERR_STATE_STORE_NOTFOUND'"); // unknown codes get suggestions, never fixes
  });
});
