import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModuleIn } from '../src/server-module.js';

describe('serverModuleIn', () => {
  let extension: string;
  const serverDir = () => join(extension, 'node_modules/@dapr-codes/language-server');
  const install = (manifest: unknown, files: string[] = []) => {
    mkdirSync(join(serverDir(), 'dist'), { recursive: true });
    writeFileSync(join(serverDir(), 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    for (const file of files) writeFileSync(join(serverDir(), file), '');
  };

  beforeEach(() => {
    extension = mkdtempSync(join(tmpdir(), 'dapr-codes-extension-'));
  });
  afterEach(() => rmSync(extension, { recursive: true, force: true }));

  it('is the package’s ./server export inside the extension', () => {
    install({ exports: { './server': { types: './dist/server.d.ts', default: './dist/server.js' } } }, ['dist/server.js']);
    expect(serverModuleIn(extension)).toBe(join(serverDir(), 'dist/server.js'));
  });

  it('takes a plain path export and the node condition', () => {
    install({ exports: { './server': './dist/a.js' } }, ['dist/a.js']);
    expect(serverModuleIn(extension)).toBe(join(serverDir(), 'dist/a.js'));
    install({ exports: { './server': { node: './dist/b.js', default: './dist/a.js' } } }, ['dist/b.js']);
    expect(serverModuleIn(extension)).toBe(join(serverDir(), 'dist/b.js'));
  });

  it('is undefined when the build carries no server, or a broken one', () => {
    expect(serverModuleIn(extension)).toBeUndefined();
    install('{ not json');
    expect(serverModuleIn(extension)).toBeUndefined();
    install({ exports: { '.': './dist/index.js' } });
    expect(serverModuleIn(extension)).toBeUndefined();
    install({ exports: { './server': './dist/missing.js' } });
    expect(serverModuleIn(extension)).toBeUndefined();
    install({ exports: { './server': '../../../../outside.js' } });
    expect(serverModuleIn(extension)).toBeUndefined();
  });
});
