import { describe, expect, it } from 'vitest';
import { chooseRoute, isTypeScript7, LANGUAGE_SERVER_MODES, pluginConfiguration, readMode, type Editor, type Via } from '../src/route.js';

describe('chooseRoute', () => {
  // mode, TypeScript 7 on, VS Code's TypeScript extension enabled → the way Dapr codes are served.
  const table: [Editor['mode'], boolean, boolean, Via][] = [
    ['auto', false, true, 'tsserver-plugin'],
    ['auto', true, true, 'language-server'],
    ['auto', true, false, 'language-server'],
    ['auto', false, false, 'language-server'],
    ['on', false, true, 'language-server'],
    ['on', true, true, 'language-server'],
    ['on', true, false, 'language-server'],
    ['on', false, false, 'language-server'],
    ['off', false, true, 'tsserver-plugin'],
    ['off', true, true, 'none'],
    ['off', true, false, 'none'],
    ['off', false, false, 'none'],
  ];

  it.each(table)('languageServer %s, TypeScript 7 %s, TypeScript extension %s → %s', (mode, typescript7, tsserver, via) => {
    const route = chooseRoute({ mode, typescript7, tsserver });
    expect(route.via).toBe(via);
    expect(route.why).toMatch(/\.$/);
  });

  it('covers every combination of the inputs', () => {
    const keys = table.map(([mode, ts7, tsserver]) => `${mode}/${ts7}/${tsserver}`);
    expect(new Set(keys).size).toBe(LANGUAGE_SERVER_MODES.length * 2 * 2);
  });

  it('says why nothing runs, naming the setting that would change it', () => {
    expect(chooseRoute({ mode: 'off', typescript7: true, tsserver: true }).why).toContain('daprCodes.languageServer is "off"');
    expect(chooseRoute({ mode: 'off', typescript7: false, tsserver: false }).why).toContain('TypeScript extension is disabled');
  });
});

describe('pluginConfiguration: never both for the same feature', () => {
  const options = { daprVersion: '1.16', severity: 'error', hover: true, completions: true, diagnostics: true };

  it.each(table())('%s: the plugin serves hover, completions and diagnostics only when the server does not run', (_name, editor) => {
    const route = chooseRoute(editor);
    const pushed = pluginConfiguration(route, options);
    const pluginServes = pushed.hover !== false || pushed.completions !== false || pushed.diagnostics !== false;
    expect(pluginServes && route.via === 'language-server').toBe(false);
    // The user's other options still reach the plugin (its config diagnostics, its version).
    expect(pushed).toMatchObject({ daprVersion: '1.16', severity: 'error' });
  });

  it('keeps the user’s own feature switches when the plugin serves', () => {
    const pushed = pluginConfiguration(chooseRoute({ mode: 'auto', typescript7: false, tsserver: true }), { hover: false });
    expect(pushed).toEqual({ hover: false });
  });

  it('switches the shared features off while the server runs, whatever the user set', () => {
    const pushed = pluginConfiguration(chooseRoute({ mode: 'on', typescript7: false, tsserver: true }), { hover: true, allowedCodes: ['ERR_OWN'] });
    expect(pushed).toEqual({ hover: false, completions: false, diagnostics: false, allowedCodes: ['ERR_OWN'] });
  });

  function table(): [string, Editor][] {
    return LANGUAGE_SERVER_MODES.flatMap((mode) => [false, true].flatMap((typescript7) => [false, true].map((tsserver): [string, Editor] => [`${mode}/${typescript7}/${tsserver}`, { mode, typescript7, tsserver }])));
  }
});

describe('readMode', () => {
  it.each(['auto', 'on', 'off'] as const)('reads %s', (mode) => expect(readMode(mode)).toBe(mode));
  it.each([undefined, null, 'ON', true, 1, {}, ''])('falls back to auto for %j', (value) => expect(readMode(value)).toBe('auto'));
});

describe('isTypeScript7', () => {
  const reader = (settings: Record<string, unknown>) => (section: string, key: string) => settings[`${section}.${key}`];

  it('is on with the current setting name', () => expect(isTypeScript7(reader({ 'js/ts.experimental.useTsgo': true }))).toBe(true));
  it('is on with the earlier setting name', () => expect(isTypeScript7(reader({ 'typescript.experimental.useTsgo': true }))).toBe(true));
  it('is off by default', () => expect(isTypeScript7(reader({}))).toBe(false));
  it('is off when set to false', () => expect(isTypeScript7(reader({ 'js/ts.experimental.useTsgo': false }))).toBe(false));
  it('takes only true, not a truthy string', () => expect(isTypeScript7(reader({ 'js/ts.experimental.useTsgo': 'true' }))).toBe(false));
});
