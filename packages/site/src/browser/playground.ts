// The playground in the browser: loads oxc's parser (WebAssembly) and ESLint with the rules, lints the
// editor's text on every change, lists the findings with their fixes, and keeps the state in the URL.
import { DEFAULT_SNIPPET } from '../playground/default-snippet.js';
import { applyEdit, createPlaygroundLinter, type Edit, type Finding, type LintOutcome, type PlaygroundLinter } from '../playground/lint.js';
import { instantiateOxc } from '../playground/oxc-wasm.js';
import { decodeState, encodeState, type PlaygroundState } from '../playground/share.js';

const DEFAULTS: PlaygroundState = { code: DEFAULT_SNIPPET, language: 'ts', version: '', config: 'recommended' };
const DEBOUNCE_MS = 120;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const editor = $<HTMLTextAreaElement>('editor');
const language = $<HTMLSelectElement>('language');
const version = $<HTMLInputElement>('version');
const config = $<HTMLSelectElement>('config');
const findingsList = $<HTMLOListElement>('findings');
const status = $<HTMLParagraphElement>('lint-status');

function currentState(): PlaygroundState {
  return decodeState(encodeState({ code: editor.value, language: language.value as PlaygroundState['language'], version: version.value, config: config.value as PlaygroundState['config'] }), DEFAULTS);
}

function show(state: PlaygroundState): void {
  editor.value = state.code;
  language.value = state.language;
  version.value = state.version;
  config.value = state.config;
}

/** Offset of an ESLint position (1-based line and column) in the editor's text. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  return Math.min(at + column - 1, text.length);
}

function select(finding: Finding): void {
  const text = editor.value;
  editor.focus();
  editor.setSelectionRange(offsetOf(text, finding.line, finding.column), offsetOf(text, finding.endLine, finding.endColumn));
}

function button(label: string, onClick: () => void, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function applyAndRelint(edit: Edit, what: string): void {
  editor.value = applyEdit(editor.value, edit);
  const outcome = run();
  status.textContent = `Applied: ${what} ${summary(outcome)}`;
  editor.focus();
  editor.setSelectionRange(edit.range[0], edit.range[0] + edit.text.length);
}

function findingItem(finding: Finding): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `finding finding-${finding.severity}`;
  item.dataset['rule'] = finding.ruleId;
  const head = document.createElement('p');
  const where = button(`${finding.line}:${finding.column}`, () => select(finding), 'where');
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ` (line ${finding.line}, column ${finding.column}): show in the editor`;
  where.append(hint);
  const severity = document.createElement('span');
  severity.className = 'severity';
  severity.textContent = finding.severity;
  const message = document.createElement('span');
  message.className = 'message';
  message.textContent = finding.message;
  const rule = document.createElement('code');
  rule.className = 'rule';
  rule.textContent = finding.ruleId;
  head.append(where, ' ', severity, ' ', message, ' ', rule);
  item.append(head);
  const actions = document.createElement('p');
  actions.className = 'actions';
  const fix = finding.fix;
  // A suggestion that makes the same edit as the autofix is offered once, as the fix.
  const sameAsFix = (edit: Edit) => fix !== undefined && edit.range[0] === fix.range[0] && edit.range[1] === fix.range[1] && edit.text === fix.text;
  if (fix) {
    const label = finding.suggestions.find((s) => sameAsFix(s.fix))?.desc ?? 'Apply the fix.';
    actions.append(button(`Fix: ${label}`, () => applyAndRelint(fix, label), 'fix'));
  }
  for (const suggestion of finding.suggestions.filter((s) => !sameAsFix(s.fix))) {
    actions.append(button(suggestion.desc, () => applyAndRelint(suggestion.fix, suggestion.desc), 'suggestion'));
  }
  if (actions.childElementCount > 0) item.append(actions);
  return item;
}

function summary(outcome: LintOutcome): string {
  if (outcome.kind === 'syntax-error') return `The code does not parse (line ${outcome.line}, column ${outcome.column}): ${outcome.message}`;
  if (outcome.kind === 'config-error') return outcome.message;
  const n = outcome.findings.length;
  return n === 0 ? 'No findings.' : `${n} finding${n === 1 ? '' : 's'}.`;
}

let lint: PlaygroundLinter | undefined;
let firstShown = false;

function run(): LintOutcome {
  const state = currentState();
  history.replaceState(null, '', encodeState(state));
  const outcome = lint!({ text: state.code, language: state.language, version: state.version, config: state.config });
  findingsList.replaceChildren(...(outcome.kind === 'findings' ? outcome.findings.map(findingItem) : []));
  findingsList.removeAttribute('aria-busy');
  status.textContent = summary(outcome);
  status.dataset['outcome'] = outcome.kind;
  version.setAttribute('aria-invalid', String(outcome.kind === 'config-error'));
  if (!firstShown) {
    firstShown = true;
    performance.mark('first-findings');
    document.documentElement.dataset['playground'] = 'ready';
  }
  return outcome;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  // Until the new text is linted, the listed fixes are for the old one: they must not be applied.
  findingsList.setAttribute('aria-busy', 'true');
  for (const b of findingsList.querySelectorAll('button')) b.disabled = true;
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

/** Tab indents inside the editor; Escape first lets the next Tab move focus on (no keyboard trap). */
function keyboard(): void {
  let escaped = false;
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') escaped = true;
    else if (event.key === 'Tab' && !escaped && !event.shiftKey) {
      event.preventDefault();
      editor.setRangeText('  ', editor.selectionStart, editor.selectionEnd, 'end');
      schedule();
    } else escaped = false;
  });
}

async function start(): Promise<void> {
  show(decodeState(location.hash, DEFAULTS));
  keyboard();
  try {
    const response = await fetch(new URL('oxc-parser.wasm', import.meta.url));
    if (!response.ok) throw new Error(`oxc-parser.wasm: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    lint = createPlaygroundLinter(await instantiateOxc(bytes, await WebAssembly.compile(bytes)));
  } catch (error) {
    status.textContent = `The linter did not load: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  for (const control of [editor, version]) control.addEventListener('input', schedule);
  for (const control of [language, config]) control.addEventListener('change', run);
  window.addEventListener('hashchange', () => {
    show(decodeState(location.hash, DEFAULTS));
    run();
  });
  run();
}

void start();
