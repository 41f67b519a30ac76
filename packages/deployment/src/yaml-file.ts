// YAML deployment files: docker compose, Kubernetes manifests, Helm charts and values, CI workflows
// (GitHub Actions, GitLab, Azure Pipelines, Taskfiles: every string is read for the commands that install
// Dapr). Parsed with `yaml`, never with patterns over the text; a file that does not parse yields nothing.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml';
import { commandVersions, logicalLines } from './commands.js';
import type { FileFindings, Phrase, RawFinding } from './finding.js';
import { isDaprdImage, isDaprImage, parseImage } from './image.js';

const SIDECAR_ANNOTATIONS = new Set(['dapr.io/sidecar-image', 'dapr.io/image']);
const ENV_FILE_KEYS = new Set(['env_file', 'envFile', 'env-file']);
const DAPR_SUBCHARTS = ['dapr_sidecar_injector', 'dapr_operator', 'dapr_placement', 'dapr_sentry'];
const RUNTIME_VARIABLES = /^DAPR_RUNTIME_VER(?:SION)?$/;

interface Context {
  readonly lines: LineCounter;
  readonly findings: RawFinding[];
  readonly scope: Map<string, string[]>;
  readonly envFiles: string[];
}

const lineOf = (cx: Context, node: Node) => cx.lines.linePos(node.range?.[0] ?? 0).line;
const stringOf = (node: unknown): string | undefined => (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined);

function get(map: YAMLMap, key: string): unknown {
  return map.items.find((p) => isPair(p) && stringOf(p.key) === key)?.value;
}

function add(cx: Context, text: string, phrase: Phrase, node: Node): void {
  cx.findings.push({ text, phrase, line: lineOf(cx, node) });
}

/** Commands in a string (a `run:` block, a `script:` item): each version at its own line. */
function readCommands(cx: Context, node: Node, value: string): void {
  const first = lineOf(cx, node) + (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? 1 : 0);
  for (const line of logicalLines(value)) {
    for (const c of commandVersions(line.text)) {
      const lineNo = first + (value.slice(0, line.offset).match(/\n/g)?.length ?? 0);
      cx.findings.push({ text: c.text, phrase: c.what === 'image daprd' ? 'runs daprd' : c.what.startsWith('helm') ? 'installs the dapr chart' : 'installs Dapr', line: lineNo });
    }
  }
}

/** `env:` and `variables:` maps (GitHub Actions; GitLab, Azure Pipelines) and `matrix:` lists set variables the commands use. */
function readScope(cx: Context, key: string, value: unknown): void {
  if ((key === 'env' || key === 'variables') && isMap(value)) {
    for (const p of value.items) {
      const name = stringOf(p.key);
      const v = stringOf(p.value);
      if (name === undefined || v === undefined) continue;
      if (!cx.scope.has(name)) cx.scope.set(name, [v]);
      // CI that runs the runtime under test (Testcontainers, a version-skew job) names it in its environment.
      if (RUNTIME_VARIABLES.test(name)) add(cx, v, `sets ${name} to`, p.value as Node);
    }
  }
  if (key === 'matrix' && isMap(value)) {
    for (const p of value.items) {
      const name = stringOf(p.key);
      const values = isSeq(p.value) ? p.value.items.map(stringOf).filter((v): v is string => v !== undefined) : [stringOf(p.value)].filter((v): v is string => v !== undefined);
      if (name !== undefined && values.length > 0) cx.scope.set(name, values);
    }
  }
  if (ENV_FILE_KEYS.has(key)) {
    const files = isSeq(value) ? value.items.map(stringOf) : [stringOf(value)];
    cx.envFiles.push(...files.filter((f): f is string => f !== undefined));
  }
}

function readMap(cx: Context, map: YAMLMap): void {
  const image = get(map, 'image');
  const imageText = stringOf(image);
  const ref = imageText === undefined ? undefined : parseImage(imageText);
  // The all-in-one image runs daprd when its command says so (older compose files).
  if (ref && isDaprImage(ref) && ref.tag !== undefined) {
    const command = [get(map, 'command'), get(map, 'entrypoint')].map((c) => (isSeq(c) ? c.items.map(stringOf).join(' ') : (stringOf(c) ?? ''))).join(' ');
    if (/\bdaprd\b/.test(command)) add(cx, ref.tag, 'runs daprd', image as Node);
  }
  for (const pair of map.items) {
    const key = stringOf(pair.key);
    if (key === undefined) continue;
    readScope(cx, key, pair.value);
    const value = stringOf(pair.value);
    // An annotation names the sidecar image even when it is a private build not called daprd.
    if (SIDECAR_ANNOTATIONS.has(key) && value !== undefined) {
      const annotated = parseImage(value);
      if (annotated && !isDaprdImage(annotated) && annotated.tag !== undefined) add(cx, annotated.tag, 'runs daprd', pair.value as Node);
    }
  }
}

/** Every node: maps for images, annotations and scopes; strings for commands and daprd images. */
function walk(cx: Context, node: unknown): void {
  if (isMap(node)) {
    readMap(cx, node);
    for (const pair of node.items) walk(cx, pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) walk(cx, item);
  } else if (isScalar(node) && typeof node.value === 'string' && /daprd|dapr\s|dapr\/dapr|\/dapr\s/.test(node.value)) {
    readCommands(cx, node, node.value);
  }
}

/** `Chart.yaml`: a dependency on the `dapr` chart, whose versions are the runtime's. */
function readChart(cx: Context, root: unknown): void {
  const deps = isMap(root) ? get(root, 'dependencies') : undefined;
  if (!isSeq(deps)) return;
  for (const dep of deps.items) {
    if (!isMap(dep) || stringOf(get(dep, 'name')) !== 'dapr') continue;
    const version = get(dep, 'version');
    const text = stringOf(version);
    if (text !== undefined) add(cx, text, 'depends on the dapr chart', version as Node);
  }
}

/** `values*.yaml`: `dapr.global.tag` of a parent chart, or `global.tag` of values written for the dapr chart. */
function readValues(cx: Context, root: unknown): void {
  if (!isMap(root)) return;
  const dapr = get(root, 'dapr');
  const forDaprChart = DAPR_SUBCHARTS.some((k) => get(root, k) !== undefined);
  const owner = isMap(dapr) ? dapr : forDaprChart ? root : undefined;
  const global = owner ? get(owner, 'global') : undefined;
  const tag = isMap(global) ? get(global, 'tag') : undefined;
  const text = stringOf(tag);
  if (text !== undefined) add(cx, text, "sets the dapr chart's global.tag to", tag as Node);
}

export function readYaml(text: string, fileName: string): FileFindings {
  const cx: Context = { lines: new LineCounter(), findings: [], scope: new Map(), envFiles: [] };
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: cx.lines, uniqueKeys: false });
  } catch {
    return { findings: [], scope: new Map(), envFiles: [] };
  }
  const base = fileName.replace(/^.*[\\/]/, '');
  for (const doc of Array.isArray(docs) ? docs : []) {
    if (doc.errors.length > 0) continue;
    walk(cx, doc.contents);
    if (/^Chart\.ya?ml$/.test(base)) readChart(cx, doc.contents);
    if (/^values[\w.-]*\.ya?ml$|dapr[\w.-]*values[\w.-]*\.ya?ml$/i.test(base)) readValues(cx, doc.contents);
  }
  return { findings: cx.findings, scope: cx.scope, envFiles: cx.envFiles };
}
