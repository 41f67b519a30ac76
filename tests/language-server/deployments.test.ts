// The language server with no daprVersion ("auto"), over stdio: each package of a monorepo is checked
// against the runtime its own files deploy, the hover says what that runtime does with a code, and a
// changed deployment file (workspace/didChangeWatchedFiles) is read again; a tag that is no version is
// said once.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, LspClient, locate, REPO_ROOT, uriOf } from './harness/client.js';

beforeAll(assertServerBuilt);

describe('a monorepo whose packages deploy two runtimes', () => {
  const root = mkdtempSync(join(tmpdir(), 'dapr-ls-deployments-'));
  const legacy = join(root, 'services/legacy/src/pubsub.ts');
  const orders = join(root, 'services/orders/src/pubsub.ts');
  const compose = join(root, 'services/legacy/docker-compose.yml');
  const text = readFileSync(join(REPO_ROOT, 'tests/fixtures/deployments/monorepo/services/legacy/src/pubsub.ts'), 'utf8');
  let client: LspClient;
  const messagesOf = async (path: string, minVersion = 1) => (await client.diagnosticsFor(uriOf(path), minVersion)).diagnostics.map((d) => `${d.range.start.line + 1} ${d.message}`);

  beforeAll(async () => {
    cpSync(join(REPO_ROOT, 'tests/fixtures/deployments/monorepo'), root, { recursive: true });
    mkdirSync(join(root, '.git'));
    client = LspClient.start(root);
    await client.initialize(root);
    await client.initialized();
    await client.open(legacy);
    await client.open(orders);
  });
  afterAll(() => {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('asks to be told of changes to the files versions are read from', async () => {
    await client.waitFor(() => (client.registered.includes('workspace/didChangeWatchedFiles') ? true : undefined), 'the watcher registration');
    const globs = (client.registerOptions as { watchers?: { globPattern: string }[] }[]).flatMap((o) => o?.watchers?.map((w) => w.globPattern) ?? []);
    expect(globs).toEqual(expect.arrayContaining(['**/{tsconfig,jsconfig}*.json', '**/*.{yml,yaml,sh,bash,zsh,ps1,mk,env}', '**/Dockerfile*']));
  });

  it('checks each package against its own runtime', async () => {
    expect(await messagesOf(legacy)).toEqual([
      "4 'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; services/legacy/docker-compose.yml:7 runs daprd 1.13.6. That runtime sends 'ERR_TOPIC_EMPTY'.",
      "5 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; services/legacy/docker-compose.yml:7 runs daprd 1.13.6.",
    ]);
    expect(await messagesOf(orders)).toEqual([
      "3 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
      "5 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; deploy/k8s/orders.yaml:11 runs daprd 1.16.4.",
    ]);
  });

  it('says in the hover what the package’s runtime does with the code', async () => {
    const at = locate(text, "'ERR_TOPIC_NAME_EMPTY'", 3);
    const hover = await client.hover(uriOf(legacy), at.line, at.character);
    expect((hover?.contents as { value: string }).value).toContain('- Not sent by your v1.13.6 (services/legacy/docker-compose.yml:7): not before Dapr v1.14.0');
    const inOrders = await client.hover(uriOf(orders), at.line, at.character);
    expect((inOrders?.contents as { value: string }).value).toContain('- Sent by your v1.16.4 (deploy/k8s/orders.yaml:11)');
  });

  it('reads a changed deployment file again when the client says it changed', async () => {
    const before = client.diagnostics.length;
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('1.13.6', '1.14.4'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(compose), type: 2 }] });
    await client.waitFor(() => (client.diagnostics.slice(before).some((d) => d.uri === uriOf(legacy)) ? true : undefined), 'new diagnostics');
    expect(client.lastDiagnostics((d) => d.uri === uriOf(legacy))!.diagnostics.map((d) => `${d.range.start.line + 1} ${d.message}`)).toEqual([
      "3 'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
      "5 'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; services/legacy/docker-compose.yml:7 runs daprd 1.14.4.",
    ]);
  });

  it('says once that a tag is no version, and checks as with none', async () => {
    const before = client.diagnostics.length;
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('1.14.4', 'edge'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(compose), type: 2 }] });
    await client.waitFor(() => (client.diagnostics.slice(before).some((d) => d.uri === uriOf(legacy)) ? true : undefined), 'new diagnostics');
    expect(client.lastDiagnostics((d) => d.uri === uriOf(legacy))!.diagnostics.map((d) => d.message)).toEqual([
      "'ERR_TOPIC_EMPTY' was removed from Dapr in v1.14.0 (last sent by v1.13.6); use 'ERR_TOPIC_NAME_EMPTY'.",
    ]);
    const said = '@dapr-codes/language-server: services/legacy/docker-compose.yml:7 runs daprd edge: "edge" is not a Dapr release; its version is not checked. Set daprVersion to check against a version.';
    await client.waitFor(() => (client.messages.some((m) => m.message === said) ? true : undefined), 'the message');
    expect(client.messages.filter((m) => m.message === said)).toHaveLength(1);
  });
});
