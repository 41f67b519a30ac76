// docs/editors.md: every language-server setup starts the bin this package ships, with --stdio, and
// passes the options in the `daprCodes` section; the command they use starts a working server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, uriOf } from './harness/client.js';

const doc = readFileSync(join(REPO_ROOT, 'docs/editors.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Language server'), doc.indexOf('### What completions offer'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! })).filter((b) => b.lang !== 'sh');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/language-server/package.json'), 'utf8')) as { bin: Record<string, string>; version: string };

describe('editor setups in docs/editors.md', () => {
  it('cover Neovim (0.11, 0.8 to 0.10, 0.7), Helix, Zed, Emacs and Sublime', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['lua', 'lua', 'lua', 'toml', 'json', 'elisp', 'json']);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('setup %i names the bin, --stdio and the daprCodes options', (_, block) => {
    expect(Object.keys(pkg.bin)).toEqual(['dapr-codes-language-server']);
    expect(block.body).toContain('dapr-codes-language-server');
    expect(block.body).toContain('--stdio');
    expect(block.body).toMatch(/daprCodes/);
    if (block.lang === 'json') expect(() => JSON.parse(block.body)).not.toThrow();
  });

  const memoryCommand = /`(node --optimize-for-size [^`]+)`/.exec(section)?.[1];

  it.each([
    ['their command', 'npx --no-install dapr-codes-language-server --stdio'],
    ['the memory note’s command', memoryCommand ?? 'missing'],
  ])('%s (%s) starts the server in a project', async (_, command) => {
    const root = join(FIXTURES, 'ts7-project');
    const [bin, ...args] = command.split(' ');
    const child = spawn(bin!, args, { cwd: root, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const result: InitializeResult = await connection.sendRequest('initialize', { processId: null, rootUri: uriOf(root), capabilities: {} });
    expect(result.serverInfo).toEqual({ name: '@dapr-codes/language-server', version: pkg.version });
    await connection.sendRequest('shutdown');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });
});
