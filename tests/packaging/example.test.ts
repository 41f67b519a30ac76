// The bundled example (examples/orders-service) as a user's own project: a TypeScript 7 service that
// installs the packed packages next to ESLint and lints with its own eslint.config.js.
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { eslintResults } from '../lint-setups/lint-cli.js';
import { installLikeAUser, type InstalledProject } from './install-like-a-user.js';

let project: InstalledProject;
beforeAll(() => {
  project = installLikeAUser(join(import.meta.dirname, '../../examples/orders-service'), inject('tarballs'));
});
afterAll(() => project.remove());

it('shows the findings the README promises, from the packed packages', async () => {
  const results = await eslintResults(project.dir);
  const found = results.flatMap((r) => r.messages.map((m) => `${relative(project.dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
  expect(found).toEqual([
    'src/mock-sidecar.js:4:48 @dapr-codes/no-unknown-code',
    'src/publish.ts:9:23 @dapr-codes/no-deprecated-code',
    'src/state.ts:14:28 @dapr-codes/no-unknown-code',
    'src/state.ts:17:28 @dapr-codes/no-deprecated-code',
    'src/state.ts:25:11 @dapr-codes/exhaustive-handling',
  ]);
});
