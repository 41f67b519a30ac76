#!/usr/bin/env node
// The main job: lint the bundled example service with @dapr-codes/eslint-plugin and show the findings.
// Exits 0 when the findings are the ones the example is written to show (the README's first command).
import { ESLint } from 'eslint';
import { join } from 'node:path';

const cwd = join(import.meta.dirname, '../examples/orders-service');
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
console.log('Linting examples/orders-service with @dapr-codes/eslint-plugin (recommended; the Dapr runtime is the one its docker-compose.yml runs):');
console.log(await formatter.format(results));
const count = results.reduce((n, r) => n + r.messages.length, 0);
const fatal = results.flatMap((r) => r.messages).filter((m) => m.fatal || !m.ruleId?.startsWith('@dapr-codes/'));
if (fatal.length > 0 || count === 0) {
  console.error(fatal.length > 0 ? `Unexpected messages: ${JSON.stringify(fatal)}` : 'No findings: the example should show some.');
  process.exit(1);
}
console.log(`${count} Dapr error-code findings in ${results.filter((r) => r.messages.length > 0).length} files. Fix them with \`eslint --fix\` (exact renames) or your editor's suggestions.`);
