import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

describe('published package', () => {
  it('loads as CommonJS (tsserver plugins require it) and as ESM (ESLint 9/10), with the same API', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@dapr-codes/catalog') as Record<string, unknown>;
    const esm = (await import('@dapr-codes/catalog')) as Record<string, unknown>;
    expect(Object.keys(cjs).filter((k) => k !== '__esModule').sort()).toEqual(Object.keys(esm).sort());
    expect(typeof cjs['getCode']).toBe('function');
    expect(require.resolve('@dapr-codes/catalog')).toMatch(/dist[\\/]cjs[\\/]index\.js$/);
  });

  it('declares exports, types and files', () => {
    expect(pkg.exports['.'].import.types).toBe('./dist/esm/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/cjs/index.d.ts');
    expect(pkg.files).toContain('dist');
    expect(pkg.engines.node).toBe('>=20.19');
  });
});
