// Every documented lint setup, installed like a user's project from the packed packages and run through
// its real CLI on one shared sample: ESLint 10 and 9 on TypeScript 6, ESLint 8.57 with .eslintrc, ESLint
// 10 on a TypeScript 7 project (TypeScript 6 side by side for typescript-eslint), Oxlint on a TypeScript
// 7 project with no ESLint installed, and ESLint on plain JavaScript with no TypeScript installed. All
// must agree.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installLikeAUser, resolvesFrom, userEnv, type InstalledProject } from '../packaging/install-like-a-user.js';
import { eslintResults, findings, oxlintFix, type Linter } from './lint-cli.js';

const run = promisify(execFile);
const here = import.meta.dirname;
const JS = /\.(?:js|mjs|cjs)$/;

interface Setup {
  readonly linter: Linter;
  /** The sample's TypeScript files are linted too (a plain-JavaScript project has none). */
  readonly typescript: boolean;
}

const setups: Record<string, Setup> = {
  'eslint10-ts6': { linter: 'eslint', typescript: true },
  'eslint9-ts6': { linter: 'eslint', typescript: true },
  'eslint8-eslintrc': { linter: 'eslint', typescript: true },
  'eslint10-ts7': { linter: 'eslint', typescript: true },
  'oxlint-ts7': { linter: 'oxlint', typescript: true },
  'eslint10-js': { linter: 'eslint', typescript: false },
};

function install(name: string, setup: Setup): InstalledProject {
  const project = installLikeAUser(join(here, name), inject('tarballs'));
  cpSync(join(here, 'sample/src'), join(project.dir, 'src'), { recursive: true, filter: (f) => setup.typescript || !/\.[cm]?ts$/.test(f) });
  // Kept under another name here: the repository itself must state no runtime (fixtures climb to its top).
  cpSync(join(here, 'sample/docker-compose.sample.txt'), join(project.dir, 'docker-compose.yml'));
  return project;
}

const installed = new Map<string, InstalledProject>();
beforeAll(() => {
  for (const [name, setup] of Object.entries(setups)) installed.set(name, install(name, setup));
});
afterAll(() => installed.forEach((p) => p.remove()));

const dirOf = (name: string) => installed.get(name)!.dir;

const typeOf = (name: string, pkg: string) =>
  (JSON.parse(readFileSync(join(here, name, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

// Every finding reviewed: each is a real Dapr-code problem; the traps in orders.ts and legacy.cjs have none.
const expected = [
  "src/jobs.cts:8:36 @dapr-codes/no-unknown-code 'DAPR_STATE_NOTFOUND' is not a Dapr ErrorInfo reason. Did you mean 'DAPR_STATE_NOT_FOUND'?",
  "src/legacy.cjs:2:56 @dapr-codes/no-deprecated-code 'ERR_GET_STATE' was removed from Dapr in v0.4.0 (last sent by v0.3.0); use 'ERR_STATE_GET'.",
  "src/mock-sidecar.js:3:27 @dapr-codes/no-unknown-code 'ERR_PUBSUB_FORBIDEN' is not a Dapr error code. Did you mean 'ERR_PUBSUB_FORBIDDEN'?",
  "src/mock-sidecar.js:4:30 @dapr-codes/no-deprecated-code 'SCHEDULER_JOB_NAME' was sent only by Dapr v1.14.0–v1.14.5; since v1.15.0 the runtime sends 'DAPR_SCHEDULER_JOB_NAME'.",
  // The runtime the sample's docker-compose.yml runs, found by every setup (ESLint's configs and Oxlint alike).
  "src/mock-sidecar.js:6:30 @dapr-codes/no-deprecated-code 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; docker-compose.yml:6 runs daprd 1.16.4.",
  'src/orders.ts:11:11 @dapr-codes/exhaustive-handling Switch over a Dapr error code misses 11 of the state codes: ERR_STATE_TRANSACTION, ERR_STATE_DELETE, ERR_STATE_BULK_DELETE, ERR_STATE_BULK_GET, ERR_NOT_SUPPORTED_STATE_OPERATION, ERR_STATE_QUERY and 5 more. Handle them or add a default case.',
  "src/orders.ts:8:26 @dapr-codes/no-unknown-code 'ERR_STATE_STORE_NOTFOUND' is not a Dapr error code. Did you mean 'ERR_STATE_STORE_NOT_FOUND'?",
  "src/publish.mts:3:29 @dapr-codes/no-deprecated-code 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
  "src/retry.mjs:5:69 @dapr-codes/no-unknown-code 'ERR_ACTOR_REMINDR_GET' is not a Dapr error code. Did you mean 'ERR_ACTOR_REMINDER_GET'?",
  // Through a const and a case-folded copy: the rules follow values with the linter's scope manager.
  "src/retry.mjs:9:23 @dapr-codes/no-unknown-code 'ERR_UNLOKC' is not a Dapr error code. Did you mean 'ERR_UNLOCK'?",
  "src/retry.mjs:14:30 @dapr-codes/no-unknown-code 'err_direct_invok' is not a Dapr error code. Did you mean 'err_direct_invoke'?",
  // A Dapr client's tests: a table and a helper followed to the assertions and the mocked body, comparisons that never match.
  "src/sidecar.test.mjs:13:58 @dapr-codes/no-unknown-code 'ERR_STATE_SAVEE' is not a Dapr error code. Did you mean 'ERR_STATE_SAVE'?",
  "src/sidecar.test.mjs:18:33 @dapr-codes/no-unknown-code 'ERR_VERSION_CONFLICT' is not a Dapr error code.",
  "src/sidecar.test.mjs:19:47 @dapr-codes/no-unknown-code 'err_state_get' can never match: Dapr sends 'ERR_STATE_GET', in upper case, and this comparison does not fold case.",
  "src/sidecar.test.mjs:20:66 @dapr-codes/no-unknown-code 'ERR_DIRECT_INVOKE' can never match: the text is lower-cased before this comparison; write 'err_direct_invoke'.",
].sort();

describe.each(Object.entries(setups))('%s', (name, setup) => {
  it('reports the reviewed findings on the shared sample through the real CLI', async () => {
    const want = setup.typescript ? expected : expected.filter((f) => JS.test(f.split(':')[0]!));
    expect(await findings(setup.linter, dirOf(name))).toEqual(want);
  });
});

describe('what each setup installs is what it says', () => {
  it('ESLint majors and TypeScript versions', () => {
    expect(typeOf('eslint10-ts6', 'eslint')).toMatch(/^10\./);
    expect(typeOf('eslint9-ts6', 'eslint')).toMatch(/^9\./);
    expect(typeOf('eslint8-eslintrc', 'eslint')).toMatch(/^8\.57\./);
    expect(typeOf('eslint10-ts6', 'typescript')).toMatch(/^6\./);
    // The TypeScript 7 project: `typescript-7` is the compiler, `typescript` the TypeScript 6 API for typescript-eslint.
    expect(typeOf('eslint10-ts7', 'typescript-7')).toMatch(/^7\./);
    expect(JSON.parse(readFileSync(join(here, 'eslint10-ts7/node_modules/typescript/package.json'), 'utf8')).name).toBe('@typescript/typescript6');
    expect(typeOf('oxlint-ts7', 'typescript')).toMatch(/^7\./);
  });

  it('the Oxlint project has no ESLint: the plugin loads without it', () => {
    const plugin = join(dirOf('oxlint-ts7'), 'node_modules/@dapr-codes/eslint-plugin');
    expect(resolvesFrom(plugin, 'eslint')).toBe(false);
    expect(resolvesFrom(plugin, '@dapr-codes/catalog')).toBe(true);
  });

  it('a CommonJS config can require() the plugin, and gets the plugin object itself (Node 20.19+ loads ES modules from require)', async () => {
    const script = "const p = require('@dapr-codes/eslint-plugin'); console.log(JSON.stringify({ keys: Object.keys(p), meta: p.meta, configs: Object.keys(p.configs) }))";
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: dirOf('eslint10-js'), env: userEnv() });
    const plugin = JSON.parse(stdout) as { keys: string[]; meta: { name: string; version: string }; configs: string[] };
    const { version } = JSON.parse(readFileSync(join(dirOf('eslint10-js'), 'node_modules/@dapr-codes/eslint-plugin/package.json'), 'utf8')) as { version: string };
    expect(plugin.keys).toEqual(['meta', 'rules', 'configs']);
    expect(plugin.meta).toEqual({ name: '@dapr-codes/eslint-plugin', version });
    expect(plugin.configs).toEqual(['recommended', 'strict', 'all', 'disable-type-checked', 'legacy-recommended', 'legacy-strict', 'legacy-all', 'legacy-disable-type-checked']);
  });

  it('the plain-JavaScript project has no TypeScript at all', () => {
    const dir = dirOf('eslint10-js');
    expect(resolvesFrom(dir, 'typescript')).toBe(false);
    expect(resolvesFrom(join(dir, 'node_modules/@dapr-codes/eslint-plugin'), 'typescript')).toBe(false);
  });
});

describe('fixes', () => {
  it('Oxlint --fix applies the same exact renames as eslint --fix', async () => {
    const fromEslint = await eslintResults(dirOf('eslint10-ts7'), ['--fix-dry-run']);
    const eslintOutputs = Object.fromEntries(fromEslint.filter((r) => r.output).map((r) => [r.filePath.slice(dirOf('eslint10-ts7').length + 1), r.output!]));
    expect(Object.keys(eslintOutputs).sort()).toEqual(['src/legacy.cjs', 'src/mock-sidecar.js', 'src/publish.mts']);
    const project = install('oxlint-ts7', setups['oxlint-ts7']!);
    try {
      await oxlintFix(project.dir, '--fix');
      for (const [file, output] of Object.entries(eslintOutputs)) expect(readFileSync(join(project.dir, file), 'utf8')).toBe(output);
      // Unknown codes get suggestions, never fixes.
      expect(readFileSync(join(project.dir, 'src/orders.ts'), 'utf8')).toContain("'ERR_STATE_STORE_NOTFOUND'");
    } finally {
      project.remove();
    }
  });

  it('Oxlint --fix-suggestions applies the "did you mean" suggestion', async () => {
    const project = install('oxlint-ts7', setups['oxlint-ts7']!);
    try {
      await oxlintFix(project.dir, '--fix-suggestions');
      expect(readFileSync(join(project.dir, 'src/orders.ts'), 'utf8')).toContain("body.errorCode === 'ERR_STATE_STORE_NOT_FOUND'");
      expect(readFileSync(join(project.dir, 'src/jobs.cts'), 'utf8')).toContain("reason === 'DAPR_STATE_NOT_FOUND'");
      // The fix keeps the case a case-folded comparison needs.
      expect(readFileSync(join(project.dir, 'src/retry.mjs'), 'utf8')).toContain("normalized.includes('err_direct_invoke')");
      expect(readFileSync(join(project.dir, 'src/retry.mjs'), 'utf8')).toContain("const UNLOCK_FAILED = 'ERR_UNLOCK';");
    } finally {
      project.remove();
    }
  });
});
