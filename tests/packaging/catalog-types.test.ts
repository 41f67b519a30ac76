// The README's catalog example, pasted into a new TypeScript 7 project (tests/catalog-types) with the
// packed @dapr-codes/catalog: it compiles, and a misspelled `case` on a parsed Dapr error does not.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { installLikeAUser, userEnv, type InstalledProject } from './install-like-a-user.js';

const run = promisify(execFile);

let project: InstalledProject;
beforeAll(() => {
  project = installLikeAUser(join(import.meta.dirname, '../catalog-types'), { '@dapr-codes/catalog': inject('tarballs')['@dapr-codes/catalog']! });
});
afterAll(() => project.remove());

/** TypeScript 7's `tsc` on the project: its version and the diagnostics, one `file(line,col): TSxxxx` each. */
async function typeCheck(): Promise<{ version: string; diagnostics: string[] }> {
  const tsc = join(project.dir, 'node_modules/typescript/bin/tsc');
  const { stdout: version } = await run(process.execPath, [tsc, '--version'], { cwd: project.dir, env: userEnv() });
  const out = await run(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: project.dir, env: userEnv() }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  return { version, diagnostics: out.split('\n').filter(Boolean).map((line) => /^(.*?\(\d+,\d+\): error TS\d+)/.exec(line)?.[1] ?? line) };
}

it('compiles the README example and rejects a misspelled case, under TypeScript 7', async () => {
  const { version, diagnostics } = await typeCheck();
  expect(version).toMatch(/^Version 7\./);
  expect(diagnostics).toEqual(['src/misspelled-case.ts(6,10): error TS2678']);
});
