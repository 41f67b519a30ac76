import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { render } from '../scripts/generate.mjs';

describe('generated files', () => {
  it('src/generated/data.ts and docs/codes.md match the data they are generated from', () => {
    const files = render() as Record<string, string>;
    expect(Object.keys(files)).toHaveLength(2);
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(path, 'utf8'), `${path} drifted: run \`pnpm --filter @dapr-codes/catalog run generate\``).toBe(content);
    }
  });

  it('marks the generated files as generated', () => {
    for (const [path, content] of Object.entries(render() as Record<string, string>)) {
      expect(content.slice(0, 200), path).toMatch(/GENERATED FILE: do not edit/);
    }
  });
});
