// The tsserver plugin with no daprVersion ("auto"): the runtime comes from the project's compose file,
// and when the file changes, tsserver's file watcher tells the plugin, which checks against the new one.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { server } from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPluginBuilt, REPO_ROOT, TYPESCRIPTS } from './harness/paths.js';
import { seen } from './harness/protocol.js';
import { locate, read } from './harness/text.js';
import { TsServer } from './harness/tsserver.js';

const typescript = TYPESCRIPTS[0]!;

describe(`${typescript.label}, daprVersion read from the project's docker-compose.yml`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-tsserver-deployments-'));
  const file = join(dir, 'src/pubsub.ts');
  let server: TsServer;
  let text: string;

  beforeAll(() => {
    assertPluginBuilt();
    cpSync(join(REPO_ROOT, 'tests/fixtures/deployments/compose'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const compilerOptions = { strict: true, types: [], plugins: [{ name: '@dapr-codes/typescript-plugin' }] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
    text = read(file);
    server = TsServer.start({ typescript, cwd: dir });
    server.open(file);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const findings = async () => seen(text, await server.request<server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file })).map((d) => `${d.covers} ${d.text}`);

  it('reports what the 1.13.6 sidecar of the compose file does not send', async () => {
    expect(await findings()).toEqual([
      "'ERR_TOPIC_NAME_EMPTY' 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; docker-compose.yml:7 runs daprd 1.13.6. That runtime sends 'ERR_TOPIC_EMPTY'.",
      "'ERR_ACTOR_TYPE_RESERVED' 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; docker-compose.yml:7 runs daprd 1.13.6.",
    ]);
  });

  it('says in the hover what the project’s runtime does with a code', async () => {
    const sent = await server.request<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_TOPIC_EMPTY'", 4) });
    expect(sent.documentation).toContain('- Sent by your v1.13.6 (docker-compose.yml:7)');
    const notSent = await server.request<server.protocol.QuickInfoResponseBody>('quickinfo', { file, ...locate(text, "'ERR_TOPIC_NAME_EMPTY'", 4) });
    expect(notSent.documentation).toContain('- Not sent by your v1.13.6 (docker-compose.yml:7): not before Dapr v1.14.0');
  });

  it('checks against the new runtime once the compose file changes', async () => {
    const compose = join(dir, 'docker-compose.yml');
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('1.13.6', '1.14.4'));
    const expected = [
      "'ERR_TOPIC_EMPTY' 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
      "'ERR_ACTOR_TYPE_RESERVED' 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; docker-compose.yml:7 runs daprd 1.14.4.",
    ];
    // tsserver's watcher reports the change after a moment; nothing else tells the plugin.
    const deadline = Date.now() + 20_000;
    let now = await findings();
    while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      now = await findings();
    }
    expect(now).toEqual(expected);
    expect(server.log()).toContain(`[dapr-codes] deployment file changed: ${compose}`);
  });
});
