// Commands in scripts, workflow steps and package.json scripts that install a Dapr runtime version:
// `dapr init [-k] --runtime-version X`, `dapr upgrade --runtime-version X`, `helm install|upgrade [--install]
// <release> dapr/dapr --version X` (or `--set global.tag=X`), `docker run … daprio/daprd:X`. Pure.
import { daprdImagesIn, parseImage } from './image.js';

export interface CommandVersion {
  /** The version as written (may hold variables): `1.14.4`, `${{ env.DAPR_RUNTIME_VERSION }}`. */
  readonly text: string;
  /** What the command does with it, for messages: `dapr init --runtime-version`. */
  readonly what: string;
  /** Offset of the version in the text. */
  readonly index: number;
}

// A value: a quoted string, or a word that may hold `${{ … }}`, `${…}` or `$(…)`.
const VALUE = String.raw`("[^"]*"|'[^']*'|(?:\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|[^\s"'|;&])+)`;
const RUNTIME_FLAG = new RegExp(String.raw`--runtime-version(?:=|\s+)` + VALUE, 'g');
const VERSION_FLAG = new RegExp(String.raw`--version(?:=|\s+)` + VALUE, 'g');
const TAG_SET = new RegExp(String.raw`--set(?:-string)?(?:=|\s+)(?:[^\s]*,)?global\.tag=` + VALUE, 'g');

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');

/** One logical command: continuation lines (`\`, PowerShell's backtick) joined, comments dropped. */
export function logicalLines(text: string): { readonly text: string; readonly offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let current = '';
  let start = 0;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const code = /^\s*#/.test(line) ? '' : line;
    if (current === '') start = offset;
    if (/[\\`]\s*$/.test(code)) current += `${code.replace(/[\\`]\s*$/, '')} `;
    else {
      out.push({ text: current + code, offset: start });
      current = '';
    }
    offset += raw.length + 1;
  }
  if (current !== '') out.push({ text: current, offset: start });
  return out;
}

function flagValues(line: string, re: RegExp, what: string): CommandVersion[] {
  return [...line.matchAll(re)].map((m) => ({ text: unquote(m[1]!), what, index: m.index + m[0].length - m[1]!.length }));
}

/** The runtime versions one logical command line installs. */
export function commandVersions(line: string): CommandVersion[] {
  const out: CommandVersion[] = [];
  if (/\bdapr(?:\.exe)?\s+(?:init|upgrade)\b/.test(line)) out.push(...flagValues(line, RUNTIME_FLAG, 'dapr init --runtime-version'));
  // `helm … dapr/dapr` (the chart from the Dapr repo, whatever the repo was called locally: `<repo>/dapr`).
  if (/\bhelm\s+(?:upgrade|install)\b/.test(line) && /\s[\w.-]+\/dapr(?=\s|$)/.test(line)) {
    out.push(...flagValues(line, VERSION_FLAG, 'helm install dapr/dapr --version'));
    out.push(...flagValues(line, TAG_SET, 'helm install dapr/dapr --set global.tag'));
  }
  for (const { image, index } of daprdImagesIn(line)) {
    const ref = parseImage(image);
    if (ref?.tag !== undefined) out.push({ text: ref.tag, what: 'image daprd', index: index + image.length - ref.tag.length });
  }
  return out;
}
