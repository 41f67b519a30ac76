// Configuration mistakes through the real CLIs (ESLint 10, 9 and 8, Oxlint), in projects installed like a
// user's: each one stops the lint with one line that names the setting, the value and the fix, and
// nothing of our code's stack.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseVersionSpec } from '@dapr-codes/catalog';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installLikeAUser, userEnv, type InstalledProject } from '../packaging/install-like-a-user.js';

const run = promisify(execFile);

type Kind = 'flat' | 'eslintrc' | 'oxlint';
const projects: Record<string, { kind: Kind; bin: string }> = {
  'eslint10-ts6': { kind: 'flat', bin: 'node_modules/eslint/bin/eslint.js' },
  'eslint9-ts6': { kind: 'flat', bin: 'node_modules/eslint/bin/eslint.js' },
  'eslint8-eslintrc': { kind: 'eslintrc', bin: 'node_modules/eslint/bin/eslint.js' },
  'oxlint-ts7': { kind: 'oxlint', bin: 'node_modules/oxlint/bin/oxlint' },
};

/** A mistake: what the user adds to the recommended config (rules and settings), in each config's form. */
interface Mistake {
  readonly rules?: Record<string, unknown>;
  readonly settings?: Record<string, unknown>;
  /** A config name instead: `dapr.configs.<name>` in a flat config, `plugin:@dapr-codes/<name>` in .eslintrc. */
  readonly configName?: string;
  readonly line: string;
}

const unsupported = parseVersionSpec('2.0');
if (unsupported.ok) throw new Error('2.0 is a supported Dapr version: pick another');

const mistakes: Record<string, Mistake> = {
  'settings.dapr as a string': {
    settings: { dapr: '1.16' },
    line: '@dapr-codes: settings.dapr must be an object such as { version: "1.14" }, got "1.16". Write settings: { dapr: { version: "1.16" } }.',
  },
  'an unknown runtime version': { settings: { dapr: { version: '2.0' } }, line: `@dapr-codes: settings.dapr.version: ${unsupported.error}.` },
  'an enum value': {
    rules: { '@dapr-codes/exhaustive-handling': ['warn', { scope: 'everything' }] },
    line: '@dapr-codes/exhaustive-handling: option "scope" must be "category" or "all", got "everything".',
  },
  'a catastrophic pattern': {
    rules: { '@dapr-codes/exhaustive-handling': ['warn', { defaultCaseCommentPattern: '^(a+)+$' }] },
    line: '@dapr-codes/exhaustive-handling: option "defaultCaseCommentPattern" "^(a+)+$" could backtrack for minutes on some texts: "(a+)+" repeats "a+", which itself repeats or is optional. Write a simpler pattern, e.g. "^no default$".',
  },
  'a misspelled config name': {
    configName: 'recomended',
    line: '@dapr-codes/eslint-plugin: there is no config "recomended". Did you mean "recommended"?',
  },
};

const RECOMMENDED_RULES = { '@dapr-codes/no-unknown-code': 'error', '@dapr-codes/no-deprecated-code': 'error', '@dapr-codes/exhaustive-handling': 'warn' };

/** The project's config file for `mistake`, or undefined when its config format has no such thing (Oxlint has no named configs). */
function configFile(kind: Kind, mistake: Mistake): [string, string] | undefined {
  const extra = { ...(mistake.rules ? { rules: mistake.rules } : {}), ...(mistake.settings ? { settings: mistake.settings } : {}) };
  if (kind === 'flat') {
    const entries = [`dapr.configs${mistake.configName ? `[${JSON.stringify(mistake.configName)}]` : '.recommended'}`, JSON.stringify(extra)];
    return ['eslint.config.mjs', `import dapr from '@dapr-codes/eslint-plugin';\nexport default [${entries.join(', ')}];\n`];
  }
  if (kind === 'eslintrc') {
    const config = { root: true, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' }, extends: [`plugin:@dapr-codes/${mistake.configName ?? 'legacy-recommended'}`], ...extra };
    return ['.eslintrc.json', JSON.stringify(config)];
  }
  if (mistake.configName) return undefined;
  return ['.oxlintrc.json', JSON.stringify({ jsPlugins: ['@dapr-codes/eslint-plugin'], rules: { ...RECOMMENDED_RULES, ...mistake.rules }, ...(mistake.settings ? { settings: mistake.settings } : {}) })];
}

const installed = new Map<string, InstalledProject>();
beforeAll(() => {
  for (const name of Object.keys(projects)) {
    const project = installLikeAUser(join(import.meta.dirname, name), inject('tarballs'));
    for (const file of ['eslint.config.mjs', '.eslintrc.json', '.oxlintrc.json']) rmSync(join(project.dir, file), { force: true });
    mkdirSync(join(project.dir, 'src'));
    writeFileSync(join(project.dir, 'src/handler.js'), "export function handle(body) {\n  switch (body.errorCode) {\n    case 'ERR_STATE_GET':\n      return 'retry';\n  }\n}\n");
    installed.set(name, project);
  }
});
afterAll(() => installed.forEach((p) => p.remove()));

async function lint(name: string, [file, text]: [string, string]): Promise<{ code: number; output: string }> {
  const { dir } = installed.get(name)!;
  writeFileSync(join(dir, file), text);
  try {
    await run(process.execPath, [join(dir, projects[name]!.bin), 'src'], { cwd: dir, env: userEnv() });
    return { code: 0, output: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: `${e.stdout}\n${e.stderr}` };
  } finally {
    rmSync(join(dir, file));
  }
}

const cases = Object.entries(projects).flatMap(([name, { kind }]) =>
  Object.entries(mistakes).flatMap(([label, mistake]) => {
    const file = configFile(kind, mistake);
    return file ? [[name, label, mistake, file] as const] : [];
  }),
);

describe.each(cases)('%s, %s', (name, _label, mistake, file) => {
  it('stops with the one line and no stack trace', async () => {
    const { code, output } = await lint(name, file);
    expect(code).not.toBe(0);
    expect(output).toContain(mistake.line);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

it('ESLint 8 with a flat config name in .eslintrc says which legacy config to write', async () => {
  const { output } = await lint('eslint8-eslintrc', configFile('eslintrc', { configName: 'recommended', line: '' })!);
  expect(output).toContain('@dapr-codes/eslint-plugin: "plugin:@dapr-codes/recommended" is a flat config (eslint.config.*); in .eslintrc write "plugin:@dapr-codes/legacy-recommended".');
  expect(output).not.toMatch(/^\s+at /m);
});
