// Packs the publishable packages once per test run; tests install the tarballs like a user would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packAll } from '../../scripts/pack.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Package name → packed tarball (absolute path). */
    tarballs: Record<string, string>;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dapr-codes-packs-'));
  project.provide('tarballs', packAll(dir) as Record<string, string>);
  return () => rmSync(dir, { recursive: true, force: true });
}
