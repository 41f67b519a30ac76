// The tsserver plugin's entry in the nearest tsconfig.json / jsconfig.json (JSONC), so a project that
// configured the plugin keeps its options after moving to TypeScript 7. `extends` chains are followed,
// and a solution-style config's `references`, one level deep. A config that cannot be read (a
// directory, not JSON, an `extends` that loops or leads nowhere) is a problem to show, never skipped in
// silence: its options would be missed without a word.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const TSSERVER_PLUGIN_NAME = '@dapr-codes/typescript-plugin';
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
/** As TypeScript, which gives up on longer `extends` chains too. */
const MAX_DEPTH = 8;

/** A place in a config file's text. */
export interface ConfigSpan {
  readonly file: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PluginEntry extends ConfigSpan {
  /** The entry as written (an object, or whatever a user put there). */
  readonly raw: unknown;
}

/** A config that could not be read as written: what to say, and where (an `extends` value, a syntax error; none for a directory named tsconfig.json). */
export interface ConfigFileProblem {
  readonly message: string;
  readonly at: ConfigSpan | undefined;
}

export interface ConfigLookup {
  readonly entry: PluginEntry | undefined;
  /** The config files read, with their texts: where the problems are shown, and cleared once fixed. */
  readonly files: readonly { readonly file: string; readonly text: string }[];
  readonly problems: readonly ConfigFileProblem[];
}

interface Lookup {
  readonly seen: Set<string>;
  readonly files: { file: string; text: string }[];
  readonly problems: ConfigFileProblem[];
}

/** 1-based line and column of an offset, for messages. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function readConfig(file: string, via: ConfigSpan | undefined, lookup: Lookup): { tree: Node | undefined; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'is a directory, not a config file' : `cannot be read (${code ?? String(error)})`;
    const fix = code === 'EISDIR' ? (via ? 'point it at the config file' : 'rename it, or make it a file') : 'check its permissions';
    lookup.problems.push({ message: `${file} ${why}: no options are read from it; ${fix}`, at: via });
    return undefined;
  }
  lookup.files.push({ file, text });
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const [first] = errors;
  if (first) {
    const message = `${file} is not valid JSON (${printParseErrorCode(first.error)} at ${lineColumn(text, first.offset)}): options after that point may be missed; fix the JSON there`;
    lookup.problems.push({ message, at: { file, text, start: first.offset, end: first.offset + Math.max(first.length, 1) } });
  }
  return { tree, text };
}

/**
 * The config an `extends` or a reference leads to, read unless it loops back to one of the configs that
 * led to it (`ancestors`) or goes too deep. One already read by another way (two bases extending a
 * third) has no entry: it is not read again.
 */
function follow(file: string, via: ConfigSpan, key: 'extends' | 'references', lookup: Lookup, ancestors: ReadonlySet<string>): PluginEntry | undefined {
  const written = via.text.slice(via.start, via.end);
  if (ancestors.has(file)) {
    lookup.problems.push({ message: `${via.file}: "${key}": ${written} leads back to ${file}, a loop: it is not followed; remove it from one of the two`, at: via });
    return undefined;
  }
  if (lookup.seen.has(file)) return undefined;
  if (ancestors.size > MAX_DEPTH) {
    lookup.problems.push({ message: `${via.file}: "${key}": ${written} is not followed: more than ${MAX_DEPTH} configs extend one another; shorten the chain`, at: via });
    return undefined;
  }
  return entryIn(file, via, lookup, ancestors);
}

const spanOf = (file: string, text: string, node: Node): ConfigSpan => ({ file, text, start: node.offset, end: node.offset + node.length });

function entryIn(file: string, via: ConfigSpan | undefined, lookup: Lookup, ancestors: ReadonlySet<string>): PluginEntry | undefined {
  lookup.seen.add(file);
  const { tree, text } = readConfig(file, via, lookup) ?? {};
  if (!tree || text === undefined) return undefined;
  const path = new Set(ancestors).add(file);
  const plugins = findNodeAtLocation(tree, ['compilerOptions', 'plugins']);
  for (const item of plugins?.type === 'array' ? (plugins.children ?? []) : []) {
    const name = item.type === 'object' ? findNodeAtLocation(item, ['name']) : undefined;
    if (name?.value === TSSERVER_PLUGIN_NAME) return { raw: valueOf(item), ...spanOf(file, text, item) };
  }
  const base = findNodeAtLocation(tree, ['extends']);
  const bases = base?.type === 'string' ? [base] : base?.type === 'array' ? (base.children ?? []).filter((c) => c.type === 'string') : [];
  // Later bases override earlier ones.
  for (const spec of bases.reverse()) {
    const at = spanOf(file, text, spec);
    const found = resolveConfig(spec.value as string, dirname(file));
    if (!found) {
      lookup.problems.push({ message: `${file}: "extends": ${text.slice(at.start, at.end)} is not found: the options it holds are not read; fix the path or install the package`, at });
      continue;
    }
    const entry = follow(found, at, 'extends', lookup, path);
    if (entry) return entry;
  }
  if (ancestors.size === 0) {
    const references = findNodeAtLocation(tree, ['references']);
    for (const ref of references?.type === 'array' ? (references.children ?? []) : []) {
      const reference = ref.type === 'object' ? findNodeAtLocation(ref, ['path']) : undefined;
      if (reference?.type !== 'string') continue;
      const target = resolve(dirname(file), reference.value as string);
      // A reference that leads nowhere is TypeScript's to report (the project does not build).
      const config = isDirectory(target) ? join(target, 'tsconfig.json') : target;
      if (!existsSync(config)) continue;
      const entry = follow(config, spanOf(file, text, reference), 'references', lookup, path);
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
export function findPluginEntry(dir: string): ConfigLookup {
  for (let cur = dir; ; cur = dirname(cur)) {
    for (const name of CONFIG_NAMES) {
      const file = join(cur, name);
      if (!existsSync(file)) continue;
      const lookup: Lookup = { seen: new Set(), files: [], problems: [] };
      const entry = entryIn(file, undefined, lookup, new Set());
      return { entry, files: lookup.files, problems: lookup.problems };
    }
    if (dirname(cur) === cur) return { entry: undefined, files: [], problems: [] };
  }
}
