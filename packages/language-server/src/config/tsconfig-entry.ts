// The tsserver plugin's entry in the nearest tsconfig.json / jsconfig.json (JSONC), so a project that
// configured the plugin keeps its options after moving to TypeScript 7. `extends` chains are followed,
// and a solution-style config's `references`, one level deep.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const TSSERVER_PLUGIN_NAME = '@dapr-codes/typescript-plugin';
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

export interface PluginEntry {
  /** The entry as written (an object, or whatever a user put there). */
  readonly raw: unknown;
  /** The config file that holds it, and the entry's offsets in its text. */
  readonly file: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function readConfig(file: string): { text: string; tree: Node | undefined } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    return { text, tree: parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) };
  } catch {
    return undefined;
  }
}

function entryIn(file: string, seen: Set<string>, depth: number): PluginEntry | undefined {
  if (seen.has(file) || depth > 8) return undefined;
  seen.add(file);
  const config = readConfig(file);
  if (!config?.tree) return undefined;
  const plugins = findNodeAtLocation(config.tree, ['compilerOptions', 'plugins']);
  for (const item of plugins?.type === 'array' ? (plugins.children ?? []) : []) {
    const name = item.type === 'object' ? findNodeAtLocation(item, ['name']) : undefined;
    if (name?.value === TSSERVER_PLUGIN_NAME) return { raw: valueOf(item), file, text: config.text, start: item.offset, end: item.offset + item.length };
  }
  const base = findNodeAtLocation(config.tree, ['extends']);
  const bases = base?.type === 'string' ? [base.value as string] : base?.type === 'array' ? (base.children ?? []).map((c) => c.value).filter((v): v is string => typeof v === 'string') : [];
  // Later bases override earlier ones.
  for (const spec of bases.reverse()) {
    const found = resolveConfig(spec, dirname(file));
    const entry = found && entryIn(found, seen, depth + 1);
    if (entry) return entry;
  }
  if (depth === 0) {
    const references = findNodeAtLocation(config.tree, ['references']);
    for (const ref of references?.type === 'array' ? (references.children ?? []) : []) {
      const path = ref.type === 'object' ? findNodeAtLocation(ref, ['path'])?.value : undefined;
      if (typeof path !== 'string') continue;
      const target = resolve(dirname(file), path);
      const entry = entryIn(isDirectory(target) ? join(target, 'tsconfig.json') : target, seen, depth + 1);
      if (entry) return entry;
    }
  }
  return undefined;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).flatMap((p) => (p.children?.[0] && p.children[1] ? [[String(p.children[0].value), valueOf(p.children[1])]] : [])));
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** An `extends` value: a path relative to the config, or a package's config (`@tsconfig/node20/tsconfig.json`). */
function resolveConfig(spec: string, fromDir: string): string | undefined {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const path = resolve(fromDir, spec);
    return existsSync(path) ? path : existsSync(`${path}.json`) ? `${path}.json` : undefined;
  }
  try {
    return createRequire(join(fromDir, 'tsconfig.json')).resolve(spec);
  } catch {
    return undefined;
  }
}

/** The nearest config upward from `dir` (tsconfig.json before jsconfig.json), and the plugin entry it leads to. */
export function findPluginEntry(dir: string): PluginEntry | undefined {
  for (let cur = dir; ; cur = dirname(cur)) {
    for (const name of CONFIG_NAMES) {
      const file = join(cur, name);
      if (existsSync(file)) return entryIn(file, new Set(), 0);
    }
    if (dirname(cur) === cur) return undefined;
  }
}
