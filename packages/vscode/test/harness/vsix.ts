// Builds the .vsix with the package script, as a user would (`pnpm run package`), into a temporary folder,
// and unpacks it. Any network use by the build goes to a closed port and fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from './zip.js';

export const PACKAGE_DIR = join(__dirname, '../..');

const CLOSED = 'http://127.0.0.1:9';

export interface Vsix {
  /** The .vsix file. */
  readonly file: string;
  readonly entries: ReadonlyMap<string, Buffer>;
  /** The unpacked `extension/` folder: what VS Code installs. */
  readonly extensionDir: string;
  /** The extension's `package.json`, as packaged. */
  readonly manifest: Record<string, unknown> & { contributes: Record<string, unknown> };
  readonly remove: () => void;
}

/** `args`: the package script's options besides `--out` (`--target`, `--bindings`). */
export function packVsix(args: readonly string[] = []): Vsix {
  const root = mkdtempSync(join(tmpdir(), 'dapr-codes-vsix-test-'));
  const file = join(root, 'dapr-codes.vsix');
  execFileSync(process.execPath, [join(PACKAGE_DIR, 'scripts/package.mjs'), '--out', file, ...args], {
    cwd: PACKAGE_DIR,
    stdio: 'pipe',
    env: { ...process.env, HTTP_PROXY: CLOSED, HTTPS_PROXY: CLOSED, http_proxy: CLOSED, https_proxy: CLOSED, NO_PROXY: '', npm_config_registry: CLOSED },
  });
  const entries = readZip(readFileSync(file));
  const extensionDir = join(root, 'unpacked');
  for (const [name, data] of entries) {
    if (!name.startsWith('extension/')) continue;
    const target = join(extensionDir, name.slice('extension/'.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as Vsix['manifest'];
  return { file, entries, extensionDir, manifest, remove: () => rmSync(root, { recursive: true, force: true }) };
}
