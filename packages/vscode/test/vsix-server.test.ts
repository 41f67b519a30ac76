// The language server as the extension starts it under TypeScript 7: the module the extension finds in
// the unpacked .vsix, run by Node with nothing but the .vsix's own node_modules, spoken to over stdio
// by a real LSP client, with the settings the extension answers `workspace/configuration` with.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../../../tests/language-server/harness/client.js';
import { answerConfiguration, optionsFrom, type OptionKey } from '../src/options.js';
import { serverModuleIn } from '../src/server-module.js';
import { packVsix, type Vsix } from './harness/vsix.js';

const root = join(__dirname, 'fixtures/project');
const file = join(root, 'src/sidecar.ts');

let vsix: Vsix;
let client: LspClient;
let loadsFile: string;

beforeAll(async () => {
  vsix = packVsix();
  const server = serverModuleIn(vsix.extensionDir);
  if (!server) throw new Error('the .vsix carries no language server');
  loadsFile = join(vsix.extensionDir, '..', 'loads.json');
  // What the extension answers for `daprCodes`: the options set (every manifest default, here, and one change).
  const { properties } = vsix.manifest.contributes.configuration as { properties: Record<string, { default: unknown }> };
  const set = { ...optionsFrom((key: OptionKey) => properties[`daprCodes.${key}`]?.default), severity: 'error' };
  const [section] = answerConfiguration([{ section: 'daprCodes' }], [{ languageServer: 'auto', ...set }], () => set);
  client = LspClient.start(root, { server, section, loadsFile });
});
afterAll(() => {
  client?.process.kill();
  vsix?.remove();
});

describe('the language server inside the .vsix', () => {
  it('is the package’s ./server module, inside the extension', () => {
    expect(serverModuleIn(vsix.extensionDir)).toBe(join(vsix.extensionDir, 'node_modules/@dapr-codes/language-server/dist/server.js'));
  });

  it('answers initialize', async () => {
    const init = await client.initialize(root);
    expect(init.serverInfo?.name).toBe('@dapr-codes/language-server');
    expect(init.capabilities).toMatchObject({ hoverProvider: true, completionProvider: { resolveProvider: true } });
    await client.initialized();
  });

  it('reports an unknown code with the severity the settings ask for, and takes every option', async () => {
    const uri = await client.open(file);
    // The server publishes on open, and again once it has pulled the settings.
    const { diagnostics } = await client.waitFor(() => client.lastDiagnostics((d) => d.uri === uri && d.diagnostics.some((x) => x.severity === 1)), 'diagnostics with the configured severity');
    expect(diagnostics.map((d) => ({ severity: d.severity, message: d.message }))).toEqual([
      { severity: 1, message: expect.stringMatching(/^'ERR_STATE_STORE_NOT_FOUNDD' is not a Dapr error code\. Did you mean 'ERR_STATE_STORE_NOT_FOUND'/) },
    ]);
    expect(client.messages).toEqual([]);
  });

  it('runs on the .vsix’s own files: every module it loaded is inside the extension', async () => {
    await client.stop();
    const { cached } = JSON.parse(readFileSync(loadsFile, 'utf8')) as { cached: string[] };
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((path) => !path.startsWith(`${vsix.extensionDir}/`) && !path.endsWith('record-loads.cjs'))).toEqual([]);
  });
});
