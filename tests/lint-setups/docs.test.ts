// The setups and examples the docs show are the fixture files the tests install, lint and compile: a block marked
// `<!-- fixture: path -->` must equal that file, and a `<!-- fixture-dependencies: path -->` block the
// fixture's devDependencies plus our plugin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const MARKED_BLOCK = /<!-- (fixture|fixture-dependencies): ([^ ]+) -->\n```[a-z]*\n([\s\S]*?)```/g;

function markedBlocks(doc: string): { kind: string; path: string; text: string }[] {
  return [...readFileSync(join(root, doc), 'utf8').matchAll(MARKED_BLOCK)].map((m) => ({ kind: m[1]!, path: m[2]!, text: m[3]! }));
}

describe.each(['docs/lint-setups.md', 'README.md', 'packages/eslint-plugin/README.md', 'packages/catalog/README.md'])('%s', (doc) => {
  const blocks = markedBlocks(doc);

  it('shows at least one tested setup', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.kind} ${b.path}`, b] as const))('%s', (_, block) => {
    const fixture = readFileSync(join(root, block.path), 'utf8');
    if (block.kind === 'fixture') {
      expect(block.text).toBe(fixture);
      return;
    }
    const shown = JSON.parse(block.text) as { devDependencies: Record<string, string> };
    const { '@dapr-codes/eslint-plugin': plugin, ...rest } = shown.devDependencies;
    expect(plugin).toMatch(/^\^\d/);
    expect(rest).toEqual((JSON.parse(fixture) as { devDependencies: Record<string, string> }).devDependencies);
  });
});

it('docs/lint-setups.md shows the config of every fixture project', () => {
  const shown = new Set(markedBlocks('docs/lint-setups.md').filter((b) => b.kind === 'fixture').map((b) => b.text));
  const dir = join(root, 'tests/lint-setups');
  const configs = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .map((name) => ['eslint.config.mjs', '.oxlintrc.json', '.eslintrc.json'].map((f) => join(dir, name, f)).find((f) => existsSync(f)));
  expect(configs).toHaveLength(6);
  for (const config of configs) expect(shown.has(readFileSync(config!, 'utf8'))).toBe(true);
});
