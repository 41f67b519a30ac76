// A tsconfig/jsconfig the options are read from that cannot be read is shown, never skipped in silence:
// once as a message, and (where there is a place for it) as a 93114 diagnostic on the `extends` value
// or the syntax error; the server goes on analysing. Fixed (a watched-file change), the diagnostic goes.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, FIXTURES, LspClient, locate, uriOf } from './harness/client.js';

const NAME = '@dapr-codes/language-server';
const scratch = mkdtempSync(join(tmpdir(), 'dapr-ls-tsconfig-'));

beforeAll(assertServerBuilt);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Case {
  /** Writes the configs into the project folder. */
  readonly write: (dir: string) => void;
  readonly message: (dir: string) => string;
  /** The file and text the diagnostic is on, and the text it spans (none: a directory has no text to show it on). */
  readonly on?: (dir: string) => { file: string; text: string; span: string };
}

const LOOP_TSCONFIG = '{\n  "extends": "./tsconfig.base.json"\n}\n';
const LOOP_BASE = '{\n  "extends": "./tsconfig.json",\n  "compilerOptions": { "strict": true }\n}\n';
const NOT_JSON = '{\n  "compilerOptions": {\n    "plugins": [{ "name": "@dapr-codes/typescript-plugin" "severity": "error" }]\n  }\n}\n';
const MISSING = '{\n  "extends": "@tsconfig/not-installed/tsconfig.json"\n}\n';
const TO_DIRECTORY = '{\n  "extends": "./configs"\n}\n';

const cases: [string, Case][] = [
  [
    'an extends loop',
    {
      write: (dir) => {
        writeFileSync(join(dir, 'tsconfig.json'), LOOP_TSCONFIG);
        writeFileSync(join(dir, 'tsconfig.base.json'), LOOP_BASE);
      },
      message: (dir) =>
        `${NAME}: ${join(dir, 'tsconfig.base.json')}: "extends": "./tsconfig.json" leads back to ${join(dir, 'tsconfig.json')}, a loop: it is not followed; remove it from one of the two.`,
      on: (dir) => ({ file: join(dir, 'tsconfig.base.json'), text: LOOP_BASE, span: '"./tsconfig.json"' }),
    },
  ],
  [
    'a tsconfig.json that is a directory',
    {
      write: (dir) => mkdirSync(join(dir, 'tsconfig.json')),
      message: (dir) => `${NAME}: ${join(dir, 'tsconfig.json')} is a directory, not a config file: no options are read from it; rename it, or make it a file.`,
    },
  ],
  [
    'an extends that names a directory',
    {
      write: (dir) => {
        writeFileSync(join(dir, 'tsconfig.json'), TO_DIRECTORY);
        mkdirSync(join(dir, 'configs'));
      },
      message: (dir) => `${NAME}: ${join(dir, 'configs')} is a directory, not a config file: no options are read from it; point it at the config file.`,
      on: (dir) => ({ file: join(dir, 'tsconfig.json'), text: TO_DIRECTORY, span: '"./configs"' }),
    },
  ],
  [
    'a tsconfig.json that is not JSON',
    {
      write: (dir) => writeFileSync(join(dir, 'tsconfig.json'), NOT_JSON),
      message: (dir) => `${NAME}: ${join(dir, 'tsconfig.json')} is not valid JSON (CommaExpected at line 3, column 59): options after that point may be missed; fix the JSON there.`,
      on: (dir) => ({ file: join(dir, 'tsconfig.json'), text: NOT_JSON, span: '"severity"' }),
    },
  ],
  [
    'an extends that is not found',
    {
      write: (dir) => writeFileSync(join(dir, 'tsconfig.json'), MISSING),
      message: (dir) =>
        `${NAME}: ${join(dir, 'tsconfig.json')}: "extends": "@tsconfig/not-installed/tsconfig.json" is not found: the options it holds are not read; fix the path or install the package.`,
      on: (dir) => ({ file: join(dir, 'tsconfig.json'), text: MISSING, span: '"@tsconfig/not-installed/tsconfig.json"' }),
    },
  ],
];

describe.each(cases)('%s', (name, { write, message, on }) => {
  const dir = join(scratch, name.replaceAll(' ', '-'));
  let client: LspClient;
  beforeAll(async () => {
    cpSync(join(FIXTURES, 'no-typescript/src'), join(dir, 'src'), { recursive: true });
    write(dir);
    client = LspClient.start(dir);
    await client.initialize(dir);
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('is shown once as a message (and on the config where it can be), and the file is analysed all the same', async () => {
    const uri = await client.open(join(dir, 'src/retry.ts'));
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.length).toBeGreaterThan(0);
    const expected = message(dir);
    await client.waitFor(() => (client.messages.length > 0 ? true : undefined), 'the message');
    expect(client.messages).toEqual([{ type: 2, message: expected }]);
    if (!on) return;
    const { file, text, span } = on(dir);
    const { diagnostics } = await client.diagnosticsFor(uriOf(file));
    expect(diagnostics).toEqual([{ range: { start: locate(text, span), end: locate(text, span, span.length) }, severity: 2, code: 93114, source: 'dapr-codes', message: expected }]);
  });
});

describe('an extends loop, fixed', () => {
  const dir = join(scratch, 'fixed-loop');
  let client: LspClient;
  beforeAll(async () => {
    cpSync(join(FIXTURES, 'no-typescript/src'), join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), LOOP_TSCONFIG);
    writeFileSync(join(dir, 'tsconfig.base.json'), LOOP_BASE);
    client = LspClient.start(dir);
    await client.initialize(dir);
    await client.initialized();
  });
  afterAll(() => client.process.kill());

  it('clears its diagnostic once the config changes', async () => {
    await client.open(join(dir, 'src/retry.ts'));
    const base = uriOf(join(dir, 'tsconfig.base.json'));
    await client.waitFor(() => client.lastDiagnostics((d) => d.uri === base && d.diagnostics.length === 1), 'the loop reported');
    writeFileSync(join(dir, 'tsconfig.base.json'), '{ "compilerOptions": { "strict": true } }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: base, type: 2 }] });
    await client.waitFor(() => client.lastDiagnostics((d) => d.uri === base && d.diagnostics.length === 0), 'the loop diagnostic cleared');
  });
});
