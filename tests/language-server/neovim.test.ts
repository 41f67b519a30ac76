// docs/editors.md's Neovim 0.7 setup, run as written in Debian's Neovim (0.7.2; `nvim --headless`) on a
// project whose tsconfig.json entry sets options: the findings, the hover, the completions and the fix,
// as the language server computes them; the settings reach the server; and the `vim.empty_dict()` note
// is true. Debian has no Neovim 0.8 or later: the 0.8 to 0.10 setup is only parsed here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixTitle } from '@dapr-codes/catalog';
import { afterAll, describe, expect, it } from 'vitest';
import { testTools } from '../../scripts/test-tools.mjs';
import { FIXTURES, REPO_ROOT } from './harness/client.js';

const doc = readFileSync(join(REPO_ROOT, 'docs/editors.md'), 'utf8');
const setupAfter = (heading: string) => /```lua\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(heading)))![1]!;
const neovim07 = setupAfter('Neovim 0.7 (');
const neovim08 = setupAfter('Neovim 0.8 to 0.10 (');

const project = join(FIXTURES, 'ts7-project');
const file = 'src/handler.ts';
const HOVER = "'ERR_PUBSUB_NOT_FOUND'";
const FIX = "'ERR_STATE_STORE_NOTFOUND'";
const home = mkdtempSync(join(tmpdir(), 'dapr-codes-neovim-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface Result {
  readonly diagnostics: { message: string; line: number; character: number; code: number; source: string }[];
  readonly messages: string[];
  readonly hover: { contents: { value: string } }[];
  readonly completion: { items: { label: string }[] }[];
  readonly actions: { title: string }[][];
}

let runs = 0;
/** Neovim with `setup` as its init.lua (after the harness's prelude), driven by harness/neovim-drive.lua. */
function runNeovim(setup: string): Result {
  const run = join(home, String(runs++));
  const init = join(home, `init-${runs}.lua`);
  writeFileSync(init, `${readFileSync(join(__dirname, 'harness/neovim-prelude.lua'), 'utf8')}\n${setup}`);
  const result = join(home, `result-${runs}.json`);
  execFileSync(testTools().nvim, ['--headless', '--clean', '-u', init, '-c', `luafile ${join(__dirname, 'harness/neovim-drive.lua')}`, file], {
    cwd: project,
    timeout: 60_000,
    stdio: 'pipe',
    // Neovim's own state and logs stay in the test's folder.
    env: { ...process.env, XDG_CACHE_HOME: join(run, 'cache'), XDG_STATE_HOME: join(run, 'state'), XDG_DATA_HOME: join(run, 'data'), DAPR_HOVER: HOVER, DAPR_FIX: FIX, DAPR_RESULT: result },
  });
  return JSON.parse(readFileSync(result, 'utf8')) as Result;
}

const withSettings = (settings: string) => neovim07.replace("settings = { daprCodes = { daprVersion = '1.15' } },", `settings = ${settings},`);

describe("docs/editors.md's Neovim 0.7 setup in Debian's Neovim", () => {
  it('shows the finding, the hover, the completions and the fix', () => {
    const result = runNeovim(neovim07);
    // The tsconfig entry allows ERR_ORDER_LOST: only the typo is reported.
    expect(result.diagnostics).toEqual([{ message: "'ERR_STATE_STORE_NOTFOUND' is not a Dapr error code. Did you mean 'ERR_STATE_STORE_NOT_FOUND'?", line: 1, character: 25, code: 93100, source: 'dapr-codes' }]);
    expect(result.messages).toEqual([]);
    expect(result.hover[0]!.contents.value).toMatch(/^\*\*\(Dapr error code\) ERR_PUBSUB_NOT_FOUND\*\*\n\n/);
    expect(result.completion[0]!.items.map((i) => i.label)).toContain('ERR_PUBSUB_NOT_FOUND');
    expect(result.actions[0]!.map((a) => a.title)).toEqual([fixTitle({ kind: 'replace', replacement: 'ERR_STATE_STORE_NOT_FOUND' })]);
  });

  it('hands the settings to the server', () => {
    const result = runNeovim(withSettings("{ daprCodes = { allowedCodes = { 'ERR_ORDER_LOST', 'ERR_STATE_STORE_NOTFOUND' } } }"));
    expect(result.diagnostics).toEqual([]);
  });

  it('needs vim.empty_dict() for no options, as the note says', () => {
    const empty = runNeovim(withSettings('{ daprCodes = {} }'));
    expect(empty.messages).toEqual([expect.stringMatching(/the options must be an object, got an array/)]);
    const dict = runNeovim(withSettings('{ daprCodes = vim.empty_dict() }'));
    expect(dict.messages).toEqual([]);
    expect(dict.diagnostics.map((d) => d.code)).toEqual([93100]);
  });
});

it("docs/editors.md's Neovim 0.8 to 0.10 setup is Lua that Neovim parses", () => {
  const check = join(home, 'parse.lua');
  writeFileSync(check, neovim08);
  const out = execFileSync(testTools().nvim, ['--headless', '--clean', '-c', `lua local f, e = loadfile('${check}'); io.stdout:write(f and 'ok' or e)`, '-c', 'qa!'], { encoding: 'utf8', timeout: 30_000 });
  expect(out).toBe('ok');
  expect(neovim08).toContain('vim.lsp.start({');
});
