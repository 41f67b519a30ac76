// Where the language server is inside the installed extension. Read from the extension's own
// node_modules only: Node's resolution would also search NODE_PATH and could start some other copy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_PACKAGE } from './names.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file an `exports` entry points Node at (a path, or conditions of which `node`/`default` apply). */
function exportTarget(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  return isRecord(entry) ? exportTarget(entry['node'] ?? entry['default']) : undefined;
}

/** The server package's `./server` module in the extension, or undefined when this build carries none. */
export function serverModuleIn(extensionPath: string): string | undefined {
  const dir = join(extensionPath, 'node_modules', SERVER_PACKAGE);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const target = isRecord(manifest) && isRecord(manifest['exports']) ? exportTarget(manifest['exports']['./server']) : undefined;
  const file = target === undefined ? undefined : join(dir, target);
  return file !== undefined && file.startsWith(dir) && existsSync(file) ? file : undefined;
}
