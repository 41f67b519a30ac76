// The extension in a real VS Code: code-server (VS Code 1.139 with its TypeScript 6.0) in headless
// Chromium, the packaged .vsix installed with --install-extension, driven as a user drives it. Three windows
// of one project (a TypeScript 6 project whose tsconfig.json names no plugin, and a plain JavaScript file
// outside it): the tsserver plugin's route; `"daprCodes.languageServer": "on"`, where the hover and the
// completions must show once from the first second (VS Code's syntax server answers while the project
// loads); and Restricted Mode, served by the language server until the folder is trusted and reloaded.
// Each checks the Problems panel, the hover, the completion list, a quick fix applied, the output
// channel's route line and the status bar item. What the window must show comes from the host-neutral
// functions the parity test holds equal across hosts. Needs `node scripts/test-tools.mjs` (pnpm test runs it).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, DIAGNOSTIC_SOURCE } from '@dapr-codes/catalog';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, codeActionsFor, completionAt, hoverAt, LineTable, parseFile, toDiagnostic } from '../../language-server/src/index.js';
import { chooseRoute, routeLine, type Editor } from '../src/route.js';
import { checkedVersion, statusOf } from '../src/status.js';
import { CodeServer } from './harness/code-server.js';
import { packVsix, type Vsix } from './harness/vsix.js';
import { launchChromium, positionOf, Workbench, type Problem } from './harness/workbench.js';

const FIXTURE = join(__dirname, 'fixtures/workbench');
const SIDECAR = 'app/src/sidecar.ts';
const LEGACY = 'scripts/legacy.js';
const sidecar = readFileSync(join(FIXTURE, SIDECAR), 'utf8');
const legacy = readFileSync(join(FIXTURE, LEGACY), 'utf8');

const TYPO = "'ERR_STATE_STORE_NOT_FOUNDD'";
const KNOWN = "'ERR_PUBSUB_NOT_FOUND'";
const EMPTY = "=== ''";

// ---- what every host must show, computed as the language server computes it (tests/parity.test.ts holds the plugin to it)

function parsed(name: string, text: string) {
  const result = parseFile(name, text);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

/** The findings as the Problems panel lists them (the file's name is the row's group, left out here). */
function findings(name: string, text: string): Problem[] {
  const analysis = analyze(name, text, DEFAULT_OPTIONS);
  if (!analysis.ok) throw new Error(analysis.error);
  const lines = new LineTable(text);
  return analysis.lint!.messages.map((m) => {
    const { line, character } = lines.position(m.start);
    return { severity: 'Warning', message: m.message, line: line + 1, character: character + 1, source: DIAGNOSTIC_SOURCE };
  });
}

/** The hover's first line (the title) and its second paragraph (what the code means). */
function hoverLines(name: string, text: string, snippet: string): [string, string] {
  const hover = hoverAt(parsed(name, text), text.indexOf(snippet) + 2, DEFAULT_OPTIONS);
  const [title, meaning] = (hover!.contents as { value: string }).value.split('\n\n');
  return [title!.replace(/\*\*/g, ''), meaning!];
}

function completions(name: string, text: string, snippet: string, at: number) {
  const list = completionAt(parsed(name, text), text.indexOf(snippet) + at, DEFAULT_OPTIONS)!;
  return { total: list.items.length, deprecated: list.items.filter((i) => i.tags?.length).map((i) => i.label) };
}

function fixTitles(name: string, text: string, snippet: string): string[] {
  const analysis = analyze(name, text, DEFAULT_OPTIONS);
  if (!analysis.ok) throw new Error(analysis.error);
  const lines = new LineTable(text);
  const messages = analysis.lint!.messages;
  const at = lines.position(text.indexOf(snippet) + 1);
  return codeActionsFor(messages, messages.map((m) => toDiagnostic(m, lines, 'warning')), lines, 'file:///x', { start: at, end: at }).map((a) => a.title);
}

const TRUSTED: Editor = { mode: 'auto', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false };
const status = (editor: Editor) => statusOf(chooseRoute(editor), checkedVersion(''), 'running').text.replace(/^\$\([^)]+\) /, '');

const HOVER = hoverLines(SIDECAR, sidecar, KNOWN);
const EXPECTED_PROBLEMS = [...findings(SIDECAR, sidecar), ...findings(LEGACY, legacy)];
const COMPLETIONS = completions(SIDECAR, sidecar, EMPTY, EMPTY.length - 1);
const FIXES = fixTitles(SIDECAR, sidecar, TYPO);

// ---- the windows

/** A window's steps wait on VS Code, TypeScript and the server, on a machine running the rest of the suite too. */
const WINDOW_TIMEOUT = 240_000;

let vsix: Vsix;
let home: string;
let browser: Browser;
let server: CodeServer;

/** A copy of the fixture project as a workspace folder, with `.vscode/settings.json` when given. */
function workspace(name: string, settings?: Record<string, unknown>): string {
  const folder = join(home, 'workspaces', name);
  cpSync(FIXTURE, folder, { recursive: true });
  if (settings) {
    mkdirSync(join(folder, '.vscode'));
    writeFileSync(join(folder, '.vscode/settings.json'), JSON.stringify(settings));
  }
  return folder;
}

beforeAll(async () => {
  vsix = packVsix();
  home = mkdtempSync(join(tmpdir(), 'dapr-codes-code-server-'));
  browser = await launchChromium();
  server = await CodeServer.start({ home: join(home, 'trusted'), vsix: vsix.file, workspaceTrust: false });
}, WINDOW_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  vsix?.remove();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Polls `read` until `until` holds or `timeoutMs` passes; returns the last value read. */
async function poll<T>(read: () => T | Promise<T>, until: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!until(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

const byPosition = (a: Problem, b: Problem) => a.message.localeCompare(b.message) || a.line - b.line;

/** The Problems panel's problems, once it lists as many as `expected` holds. */
const problemsShown = async (window: Workbench, expected: readonly Problem[]) => (await window.problems((rows) => rows.length >= expected.length)).sort(byPosition);

/** The checks every serving window passes: Problems, hover, completions, a quick fix, the JavaScript file. */
async function servesLikeAUser(window: Workbench, folder: string): Promise<void> {
  await window.openFile(LEGACY);
  await window.goTo(positionOf(legacy, "'ERR_PUBSUB_NOT_FOUN'", 2));
  await window.openFile(SIDECAR);

  expect(await problemsShown(window, EXPECTED_PROBLEMS)).toEqual([...EXPECTED_PROBLEMS].sort(byPosition));

  await window.goTo(positionOf(sidecar, KNOWN, 3));
  const hover = await poll(() => window.hover(), (parts) => parts.some((p) => p.includes(HOVER[0])), 30_000);
  const text = hover.join('\n');
  expect(text).toContain(HOVER[0]);
  expect(text).toContain(HOVER[1]);
  expect(text.split(HOVER[0])).toHaveLength(2);

  await window.goTo(positionOf(sidecar, EMPTY, EMPTY.length - 1));
  const list = await poll(() => window.suggestions(), (s) => s !== undefined && s.total > 0, 30_000);
  expect(list!.total).toBe(COMPLETIONS.total);
  expect(new Set(list!.labels).size).toBe(list!.labels.length);

  await window.goTo(positionOf(sidecar, TYPO, 3));
  const offered = await window.quickFix(FIXES[0]!);
  expect(offered).toEqual(expect.arrayContaining(FIXES));
  await window.save();
  // VS Code writes the file anew: read until the saved text is there.
  const saved = sidecar.replace(TYPO, `'${FIXES[0]!.match(/'(.+)'/)![1]}'`);
  expect(await poll(() => readFileSync(join(folder, SIDECAR), 'utf8'), (t) => t === saved, 10_000)).toBe(saved);

  // A removed code, typed (the last step: the edit is not saved): offered, struck through.
  const removed = COMPLETIONS.deprecated[0]!;
  await window.goTo(positionOf(saved, EMPTY, EMPTY.length - 1));
  await window.type(removed.slice(0, -1));
  const narrowed = await poll(() => window.suggestions(), (s) => s?.labels.includes(removed) === true, 30_000);
  expect(narrowed?.deprecated).toContain(removed);
}

describe('a TypeScript 6 project whose tsconfig.json names no plugin: the tsserver plugin', () => {
  let window: Workbench;
  let folder: string;
  const known = () => server.logFiles('Dapr Codes.log');
  let before: string[];

  beforeAll(async () => {
    folder = workspace('plugin');
    before = known();
    window = await Workbench.open(browser, server.url(folder));
  }, WINDOW_TIMEOUT);
  afterAll(() => window?.close());

  it('shows the findings, the hover, the completions and applies a quick fix, in TypeScript and plain JavaScript', async () => {
    await servesLikeAUser(window, folder);
  }, WINDOW_TIMEOUT);

  it('says the route in the output channel and the status bar', async () => {
    const lines = await poll(() => server.newLogLines('Dapr Codes.log', before), (l) => l.some((line) => line.includes('Route:')));
    expect(lines.filter((line) => line.includes('Route:')).map((line) => line.replace(/^.*\[info\] /, ''))).toEqual([routeLine(chooseRoute(TRUSTED))]);
    expect(await window.statusItem()).toBe(status(TRUSTED));
  }, WINDOW_TIMEOUT);
});

/** Functions enough that the full tsserver takes seconds to load the project: VS Code's syntax server answers meanwhile. */
function bulk(count: number): string {
  return Array.from({ length: count }, (_, i) => `export function f${i}(a: number, b: string): { n: number; s: string } { return { n: a + ${i}, s: b }; }`).join('\n');
}

/** The tsserver logs a window wrote: the full server's and the syntax server's (`--serverMode partialSemantic`). */
function tsserverLogs(before: readonly string[]): { semantic: string; syntax: string } {
  const texts = server
    .logFiles('tsserver.log')
    .filter((file) => !before.includes(file))
    .map((file) => readFileSync(file, 'utf8'));
  return { semantic: texts.find((t) => !t.includes('--serverMode partialSemantic')) ?? '', syntax: texts.find((t) => t.includes('--serverMode partialSemantic')) ?? '' };
}

/** The responses to `command` in a tsserver log. */
const responses = (log: string, command: string) => log.split('\n').filter((line) => line.includes(`"type":"response","command":"${command}"`));

describe('"daprCodes.languageServer": "on": the language server, each answer once from the first second', () => {
  let window: Workbench;
  let folder: string;
  let before: { dapr: string[]; tsserver: string[] };
  const hovers: string[][] = [];
  const lists: { labels: string[]; total: number }[] = [];

  beforeAll(async () => {
    folder = workspace('server', { 'daprCodes.languageServer': 'on' });
    writeFileSync(join(folder, 'app/src/bulk.ts'), bulk(40_000));
    before = { dapr: server.logFiles('Dapr Codes.log'), tsserver: server.logFiles('tsserver.log') };
    window = await Workbench.open(browser, server.url(folder));
    // From the moment the file opens until the full server has loaded the project, and a little after.
    await window.openFile(SIDECAR);
    const deadline = Date.now() + 120_000;
    let after = 3;
    while (after > 0 && Date.now() < deadline) {
      await window.goTo(positionOf(sidecar, KNOWN, 3));
      hovers.push(await window.hover(800));
      await window.goTo(positionOf(sidecar, EMPTY, EMPTY.length - 1));
      const list = await window.suggestions(1000);
      if (list) lists.push(list);
      if (tsserverLogs(before.tsserver).semantic.includes('"event":"projectLoadingFinish"')) after--;
    }
  }, WINDOW_TIMEOUT);
  afterAll(() => window?.close());

  it('while the project loads, VS Code asks the syntax server, whose plugin stays quiet', () => {
    const { syntax } = tsserverLogs(before.tsserver);
    // TypeScript itself has nothing to say on a string: the syntax server's answers are empty ones.
    const answered = [...responses(syntax, 'quickinfo'), ...responses(syntax, 'completionInfo')];
    // The loop above ran inside the window where the syntax server answers (else this test proves nothing).
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((line) => /Dapr|"name":"ERR_/.test(line))).toEqual([]);
  });

  it('shows the Dapr hover at most once in every hover, and in some from the first seconds', () => {
    const titled = hovers.map((parts) => parts.join('\n').split(HOVER[0]).length - 1);
    expect(titled.filter((n) => n > 1)).toEqual([]);
    expect(titled.some((n) => n === 1)).toBe(true);
  });

  it('offers each code once in every completion list', () => {
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(new Set(list.labels).size).toBe(list.labels.length);
      expect(list.total).toBeLessThanOrEqual(COMPLETIONS.total);
    }
  });

  it('shows the findings, the hover, the completions and applies a quick fix, in TypeScript and plain JavaScript', async () => {
    await servesLikeAUser(window, folder);
  }, WINDOW_TIMEOUT);

  it('says the route in the output channel and the status bar', async () => {
    const editor: Editor = { ...TRUSTED, mode: 'on' };
    const lines = server.newLogLines('Dapr Codes.log', before.dapr).filter((line) => line.includes('Route:'));
    expect(lines.map((line) => line.replace(/^.*\[info\] /, ''))).toEqual([routeLine(chooseRoute(editor))]);
    expect(await window.statusItem()).toBe(status(editor));
  }, WINDOW_TIMEOUT);
});

describe('Restricted Mode: the language server, then the plugin once the folder is trusted and the window reloaded', () => {
  let restricted: CodeServer;
  let window: Workbench;
  let folder: string;
  const routes = (before: readonly string[]) => () => restricted.newLogLines('Dapr Codes.log', before).filter((line) => line.includes('Route:')).map((line) => line.replace(/^.*\[info\] /, ''));
  const untrusted: Editor = { ...TRUSTED, tsserver: false, trusted: false };

  beforeAll(async () => {
    restricted = await CodeServer.start({ home: join(home, 'restricted'), vsix: vsix.file, workspaceTrust: true });
    folder = workspace('restricted');
    window = await Workbench.open(browser, restricted.url(folder));
    await window.openFile(SIDECAR);
  }, WINDOW_TIMEOUT);
  afterAll(async () => {
    await window?.close();
    restricted?.stop();
  });

  it('serves through the language server, and says so', async () => {
    expect(await problemsShown(window, findings(SIDECAR, sidecar))).toEqual([...findings(SIDECAR, sidecar)].sort(byPosition));
    expect(await poll(routes([]), (lines) => lines.length > 0)).toEqual([routeLine(chooseRoute(untrusted))]);
    await window.openFile(SIDECAR);
    expect(await window.statusItem()).toBe(status(untrusted));
  }, WINDOW_TIMEOUT);

  it('once trusted, says a reload starts the TypeScript extension, and after the reload the plugin serves', async () => {
    await window.command('Workspaces: Manage Workspace Trust');
    await window.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click();
    const trusted = await poll(routes([]), (lines) => lines.length > 1);
    expect(trusted.at(-1)).toBe(routeLine(chooseRoute({ ...untrusted, trusted: true, trustedSinceOpen: true })));
    const before = restricted.logFiles('Dapr Codes.log');
    await window.clickNotificationButton('Reload Window');
    await window.page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90_000 });
    expect(await poll(routes(before), (lines) => lines.length > 0)).toEqual([routeLine(chooseRoute(TRUSTED))]);
    await window.openFile(SIDECAR);
    expect(await problemsShown(window, findings(SIDECAR, sidecar))).toEqual([...findings(SIDECAR, sidecar)].sort(byPosition));
    expect(await window.statusItem()).toBe(status(TRUSTED));
  }, WINDOW_TIMEOUT);
});

it('reached nothing outside this machine', () => {
  expect(server.log()).not.toMatch(/getaddrinfo|ENOTFOUND|ECONNREFUSED/);
});
