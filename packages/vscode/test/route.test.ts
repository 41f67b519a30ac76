import { describe, expect, it } from 'vitest';
import { chooseRoute, isTypeScript7, LANGUAGE_SERVER_MODES, pluginConfiguration, readMode, routeLine, type Editor, type Via } from '../src/route.js';

/** Every combination of what the editor runs. */
function editors(): Editor[] {
  const flags = [false, true];
  return LANGUAGE_SERVER_MODES.flatMap((mode) =>
    flags.flatMap((useTsgo) => flags.flatMap((nativePreview) => flags.flatMap((tsserver) => flags.flatMap((trusted) => flags.map((trustedSinceOpen): Editor => ({ mode, useTsgo, nativePreview, tsserver, trusted, trustedSinceOpen })))))),
  );
}

/** The route as the old table said it, from what runs: TypeScript 7 runs only with both the switch and its extension. */
function expectedVia({ mode, useTsgo, nativePreview, tsserver }: Editor): Via {
  if (mode === 'on') return 'language-server';
  if (useTsgo && nativePreview) return mode === 'auto' ? 'language-server' : 'none';
  if (tsserver) return 'tsserver-plugin';
  return mode === 'auto' ? 'language-server' : 'none';
}

const name = (e: Editor) => `${e.mode}, useTsgo ${e.useTsgo}, TypeScript 7 extension ${e.nativePreview}, TypeScript extension ${e.tsserver}, trusted ${e.trusted}, since open ${e.trustedSinceOpen}`;

describe('chooseRoute', () => {
  it.each(editors().map((e) => [name(e), e] as const))('%s', (_name, editor) => {
    const route = chooseRoute(editor);
    expect(route.via).toBe(expectedVia(editor));
    expect(route.why).toMatch(/^[A-Zdj].*\.$/);
  });

  it('says what runs, not what is set: the TypeScript 7 switch without its extension leaves tsserver and the plugin', () => {
    const route = chooseRoute({ mode: 'auto', useTsgo: true, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false });
    expect(route.via).toBe('tsserver-plugin');
    expect(route.why).toContain('the TypeScript 7 extension (typescriptteam.native-preview) is not installed or is disabled, so VS Code still runs tsserver');
    expect(chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: true, tsserver: true, trusted: true, trustedSinceOpen: false }).why).toBe("VS Code's TypeScript extension runs tsserver, which loads the contributed plugin.");
  });

  it('names Restricted Mode as the reason the TypeScript extension is missing', () => {
    expect(chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: false, trusted: false, trustedSinceOpen: false }).why).toContain('Restricted Mode');
    expect(chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: false, trusted: true, trustedSinceOpen: false }).why).toContain('is disabled');
  });

  it('after trust is granted in a window whose TypeScript extension did not start, says a reload starts it', () => {
    const route = chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: false, trusted: true, trustedSinceOpen: true });
    expect(route).toEqual({
      via: 'language-server',
      why: "This folder was trusted after the window opened and VS Code's TypeScript extension has not started (it does after Developer: Reload Window), so no tsserver plugin is loaded; the language server serves (it runs no code of the workspace).",
      reloadStartsTsserver: true,
    });
    expect(chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: true })).toEqual({ via: 'tsserver-plugin', why: "VS Code's TypeScript extension runs tsserver, which loads the contributed plugin." });
  });

  it('says why nothing runs, naming the setting that would change it', () => {
    for (const editor of editors().filter((e) => chooseRoute(e).via === 'none')) expect(chooseRoute(editor).why, name(editor)).toContain('daprCodes.languageServer is "off"');
  });

  it('tells the plugin to stand down only where tsserver runs', () => {
    expect(chooseRoute({ mode: 'on', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false }).why).toBe('daprCodes.languageServer is "on". The tsserver plugin is told to stand down.');
    expect(chooseRoute({ mode: 'on', useTsgo: false, nativePreview: false, tsserver: false, trusted: false, trustedSinceOpen: false }).why).toBe('daprCodes.languageServer is "on".');
  });

  it('is said in one line naming the way', () => {
    expect(routeLine({ via: 'language-server', why: 'Why.' })).toBe('Route: language server. Why.');
    expect(routeLine({ via: 'none', why: 'Why.' })).toBe('Route: off. Why.');
  });
});

describe('pluginConfiguration: never both for the same feature', () => {
  const options = { daprVersion: '1.16', severity: 'error', hover: true, completions: true, diagnostics: true };

  it.each(editors().map((e) => [name(e), e] as const))('%s: the plugin serves hover, completions and diagnostics only when the server does not run', (_name, editor) => {
    const route = chooseRoute(editor);
    const pushed = pluginConfiguration(route, options);
    const pluginServes = pushed.hover !== false || pushed.completions !== false || pushed.diagnostics !== false;
    expect(pluginServes && route.via === 'language-server').toBe(false);
    // The user's other options still reach the plugin (its config diagnostics, its version).
    expect(pushed).toMatchObject({ daprVersion: '1.16', severity: 'error' });
  });

  it('keeps the user’s own feature switches when the plugin serves', () => {
    const pushed = pluginConfiguration(chooseRoute({ mode: 'auto', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false }), { hover: false });
    expect(pushed).toEqual({ hover: false });
  });

  it('switches the shared features off while the server runs, whatever the user set', () => {
    const pushed = pluginConfiguration(chooseRoute({ mode: 'on', useTsgo: false, nativePreview: false, tsserver: true, trusted: true, trustedSinceOpen: false }), { hover: true, allowedCodes: ['ERR_OWN'] });
    expect(pushed).toEqual({ hover: false, completions: false, diagnostics: false, allowedCodes: ['ERR_OWN'] });
  });
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
