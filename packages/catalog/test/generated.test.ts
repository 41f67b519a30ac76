import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { render, sectionOutputs } from '../scripts/generate.mjs';

describe('generated files', () => {
  it('src/generated/data.ts, docs/codes.md and the figures the READMEs state match the data they are generated from', () => {
    const files = render() as Record<string, string>;
    expect(Object.keys(files)).toHaveLength(4);
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(path, 'utf8'), `${path} drifted: run \`pnpm --filter @dapr-codes/catalog run generate\``).toBe(content);
    }
  });

  it('marks the generated files and sections as generated', () => {
    const sectioned = new Set(Object.values(sectionOutputs as Record<string, string>));
    for (const [path, content] of Object.entries(render() as Record<string, string>)) {
      if (sectioned.has(path)) expect(content, path).toMatch(/<!-- generated:[\w-]+ \(scripts\/generate\.mjs\) -->/);
      else expect(content.slice(0, 200), path).toMatch(/GENERATED FILE: do not edit/);
    }
  });
});
