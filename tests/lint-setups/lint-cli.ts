// Runs a setup's real linter CLI (ESLint or Oxlint) in an installed project and returns its findings in
// one shape: `file:line:column rule message`, rules named as ESLint names them (`@dapr-codes/<rule>`).
import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { userEnv } from '../packaging/install-like-a-user.js';

const run = promisify(execFile);

export type Linter = 'eslint' | 'oxlint';

export interface EslintResult {
  filePath: string;
  output?: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[];
}

interface OxlintReport {
  diagnostics: { code?: string; message: string; filename: string; severity: string; labels: { span: { line: number; column: number } }[] }[];
}

/** Both CLIs exit 1 when they report errors; the JSON report is on stdout either way. */
async function cli(cwd: string, bin: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 1 << 26, env: userEnv() }).catch((e: { stdout: string; stderr: string; code: number }) => {
    if (e.code !== 1) throw new Error(`${bin} ${args.join(' ')} exited ${e.code}: ${e.stderr}`);
    return e;
  });
  return stdout;
}

const eslintBin = (dir: string) => join(dir, 'node_modules/eslint/bin/eslint.js');
const oxlintBin = (dir: string) => join(dir, 'node_modules/oxlint/bin/oxlint');

/** ESLint's JSON report on `dir`: the project's own ESLint, or the CLI at `bin`. */
export async function eslintResults(dir: string, args: readonly string[] = [], bin = eslintBin(dir)): Promise<EslintResult[]> {
  return JSON.parse(await cli(dir, bin, ['--format', 'json', ...args, '.'])) as EslintResult[];
}

/** Findings of the linter in `dir`. Anything but our rules' findings (a parse error, a crash) throws. */
export async function findings(linter: Linter, dir: string): Promise<string[]> {
  if (linter === 'eslint') {
    const results = await eslintResults(dir);
    return results
      .flatMap((r) =>
        r.messages.map((m) => {
          if (!m.ruleId?.startsWith('@dapr-codes/')) throw new Error(`${r.filePath}: ${m.message}`);
          return `${relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`;
        }),
      )
      .sort();
  }
  const report = JSON.parse(await cli(dir, oxlintBin(dir), ['--format', 'json'])) as OxlintReport;
  return report.diagnostics
    .filter((d) => {
      // Oxlint's own default rules may speak about the sample too; a parse error has no rule code.
      if (!d.code) throw new Error(`${d.filename}: ${d.message}`);
      return d.code.startsWith('@dapr-codes(');
    })
    .map((d) => `${d.filename}:${d.labels[0]!.span.line}:${d.labels[0]!.span.column} ${d.code!.replace(/^@dapr-codes\((.*)\)$/, '@dapr-codes/$1')} ${d.message}`)
    .sort();
}

/** Runs Oxlint with a fix flag (`--fix`, `--fix-suggestions`) in `dir`, changing its files. */
export async function oxlintFix(dir: string, flag: '--fix' | '--fix-suggestions'): Promise<void> {
  await cli(dir, oxlintBin(dir), ['--format', 'json', flag]);
}
