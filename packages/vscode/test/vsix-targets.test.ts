// A .vsix for another platform, built on this machine: the language server's parser binding is that
// platform's (from an `npm pack` tarball in the --bindings folder), and none of this machine's is packed.
// The tarball here is made up (a package.json and a stand-in .node file): what is tested is the
// packaging, not the foreign binary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, packVsix, type Vsix } from './harness/vsix.js';

const BINDING = '@oxc-parser/binding-darwin-arm64';
const fromServer = createRequire(createRequire(join(PACKAGE_DIR, 'package.json')).resolve('@dapr-codes/language-server/package.json'));
const oxcParser = JSON.parse(readFileSync(fromServer.resolve('oxc-parser/package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
const version = oxcParser.optionalDependencies[BINDING]!;
const FAKE_BINARY = 'not a real darwin-arm64 binary';

/** A folder with `npm pack`'s tarball of the binding at `packedVersion`. */
function bindingsFolder(packedVersion: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'dapr-codes-bindings-'));
  const pkg = join(folder, 'src/package');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: BINDING, version: packedVersion, os: ['darwin'], cpu: ['arm64'], main: 'parser.darwin-arm64.node' }));
  writeFileSync(join(pkg, 'parser.darwin-arm64.node'), FAKE_BINARY);
  execFileSync('tar', ['-czf', join(folder, `oxc-parser-binding-darwin-arm64-${packedVersion}.tgz`), '-C', join(folder, 'src'), 'package']);
  return folder;
}

describe('a .vsix for darwin-arm64, built on this machine', () => {
  let folder: string;
  let vsix: Vsix;
  beforeAll(() => {
    folder = bindingsFolder(version);
    vsix = packVsix(['--target', 'darwin-arm64', '--bindings', folder]);
  });
  afterAll(() => {
    vsix?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('says so in its manifest', () => {
    expect(vsix.entries.get('extension.vsixmanifest')!.toString('utf8')).toMatch(/<Identity [^>]*TargetPlatform="darwin-arm64"\/>/);
  });

  it('holds that platform’s binding where oxc-parser looks for it, and no other native code', () => {
    const native = [...vsix.entries.keys()].filter((name) => name.endsWith('.node'));
    expect(native).toEqual([`extension/node_modules/${BINDING}/parser.darwin-arm64.node`]);
    expect(vsix.entries.get(native[0]!)!.toString('utf8')).toBe(FAKE_BINARY);
    expect(JSON.parse(vsix.entries.get(`extension/node_modules/${BINDING}/package.json`)!.toString('utf8'))).toMatchObject({ name: BINDING, version });
  });
});

describe('packaging for another platform, refused with the fix', () => {
  const pack = (args: string[]) => () => packVsix(args);

  it('without the binding', () => {
    expect(pack(['--target', 'darwin-arm64'])).toThrow(`${BINDING} (the native binding for darwin-arm64) is not installed here: npm pack ${BINDING}@${version} --pack-destination <folder>, then --bindings <folder>`);
  });

  it('with the binding at another version than oxc-parser pins', () => {
    const folder = bindingsFolder('0.0.1');
    try {
      expect(pack(['--target', 'darwin-arm64', '--bindings', folder])).toThrow(`${BINDING}@${version} is not in ${folder}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('for a platform VS Code has no target for', () => {
    expect(pack(['--target', 'plan9-x64'])).toThrow('--target plan9-x64: the .vsix is built for linux-x64, linux-arm64, linux-armhf, alpine-x64, alpine-arm64, darwin-x64, darwin-arm64, win32-x64, win32-arm64');
  });
});
