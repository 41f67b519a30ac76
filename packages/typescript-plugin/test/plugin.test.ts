// The whole plugin on an in-memory language service: what tsserver does with it, without tsserver.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import init from '../src/index.js';
import { FILE, inMemoryService } from './helpers.js';

const TEXT = [
  '// handlers',
  'declare const body: { errorCode: string };',
  'export const ok = body.errorCode === "ERR_STATE_GET";',
  'export const typo = body.errorCode === "ERR_PUBSUB_NOT_FOUN";',
  'export const n: number = "not a number";',
].join('\n');

function plugin(config: unknown, languageService?: (base: ts.LanguageService) => ts.LanguageService) {
  const { service, host } = inMemoryService(TEXT);
  const log: string[] = [];
  let refreshed = 0;
  const project = {
    projectService: { logger: { info: (s: string) => log.push(s), msg: (s: string, type: string) => log.push(`${type} ${s}`) } },
    getCompilerOptions: () => ({ plugins: [config] }),
    getProjectName: () => '/tsconfig.json',
    refreshDiagnostics: () => refreshed++,
  };
  const module = init({ typescript: ts });
  const info = { config, project, languageService: languageService ? languageService(service) : service, languageServiceHost: host } as unknown as ts.server.PluginCreateInfo;
  const ls = module.create(info);
  return { ls, service, module, log, refreshed: () => refreshed };
}

const at = (needle: string, delta = 1) => TEXT.indexOf(needle) + delta;
const codes = (diagnostics: readonly ts.Diagnostic[]) => diagnostics.map((d) => d.code);

describe('the plugin on a language service', () => {
  it('returns a new service and leaves the base one as it was', () => {
    const { ls, service } = plugin({ name: '@dapr-codes/typescript-plugin' });
    expect(ls).not.toBe(service);
    expect(codes(service.getSemanticDiagnostics(FILE))).toEqual([2322]);
    expect(codes(ls.getSemanticDiagnostics(FILE))).toEqual([2322, 93100]);
  });

  it("answers hover on codes and leaves TypeScript's hover elsewhere alone", () => {
    const { ls, service } = plugin({ name: '@dapr-codes/typescript-plugin' });
    expect(ls.getQuickInfoAtPosition(FILE, at('"ERR_STATE_GET"'))?.displayParts).toEqual([{ text: '(Dapr error code) ERR_STATE_GET', kind: 'text' }]);
    expect(ls.getQuickInfoAtPosition(FILE, at('body'))).toEqual(service.getQuickInfoAtPosition(FILE, at('body')));
  });

  it("adds quick fixes to TypeScript's and makes the codes known as fixable", () => {
    const { ls } = plugin({ name: '@dapr-codes/typescript-plugin' });
    const start = at('"ERR_PUBSUB_NOT_FOUN"', 0);
    const fixes = ls.getCodeFixesAtPosition(FILE, start, start + 21, [93100], {}, {});
    expect(fixes.map((f) => [f.description, f.changes[0]!.textChanges])).toEqual([["Replace with 'ERR_PUBSUB_NOT_FOUND'", [{ span: { start: start + 1, length: 19 }, newText: 'ERR_PUBSUB_NOT_FOUND' }]]]);
    expect(ts.getSupportedCodeFixes()).toEqual(expect.arrayContaining(['93100', '93101']));
    expect(ls.getSupportedCodeFixes(FILE)).toEqual(expect.arrayContaining(['93100', '93101', '2322']));
  });

  it('applies options pushed by the editor over the tsconfig entry and asks for new diagnostics', () => {
    const p = plugin({ name: '@dapr-codes/typescript-plugin', severity: 'error' });
    expect(p.ls.getSemanticDiagnostics(FILE).at(-1)?.category).toBe(ts.DiagnosticCategory.Error);
    p.module.onConfigurationChanged!({ diagnostics: false });
    expect(codes(p.ls.getSemanticDiagnostics(FILE))).toEqual([2322]);
    expect(p.refreshed()).toBe(1);
    p.module.onConfigurationChanged!({ allowedCodes: ['ERR_PUBSUB_NOT_FOUN'] });
    expect(codes(p.ls.getSemanticDiagnostics(FILE))).toEqual([2322]);
    p.module.onConfigurationChanged!({});
    expect(p.ls.getSemanticDiagnostics(FILE).at(-1)).toMatchObject({ code: 93100, category: ts.DiagnosticCategory.Error });
    expect(p.log.filter((l) => l.includes('options changed'))).toHaveLength(3);
  });

  it('leaves a file over maxFileSize to TypeScript, with one diagnostic on its first line that says so', () => {
    const { ls, service } = plugin({ name: '@dapr-codes/typescript-plugin', maxFileSize: 100 });
    const diagnostics = ls.getSemanticDiagnostics(FILE);
    expect(codes(diagnostics)).toEqual([2322, 93113]);
    expect(diagnostics[1]).toMatchObject({ start: 0, length: 0, category: ts.DiagnosticCategory.Warning, source: 'dapr-codes' });
    expect(diagnostics[1]?.messageText).toBe(
      `@dapr-codes/typescript-plugin: this file is not checked for Dapr codes: ${TEXT.length} characters, over maxFileSize (100). Raise the "maxFileSize" option (up to 10,000,000) to check it.`,
    );
    expect(ls.getQuickInfoAtPosition(FILE, at('"ERR_STATE_GET"'))).toEqual(service.getQuickInfoAtPosition(FILE, at('"ERR_STATE_GET"')));
    const start = at('"ERR_PUBSUB_NOT_FOUN"', 0);
    expect(ls.getCodeFixesAtPosition(FILE, start, start + 21, [93100], {}, {})).toEqual([]);
  });

  it('shows a misconfiguration on the first line and in the log', () => {
    const { ls, log } = plugin({ name: '@dapr-codes/typescript-plugin', daprVerison: '1.14' });
    const problem = ls.getSemanticDiagnostics(FILE).find((d) => d.code === 93111);
    expect(problem).toMatchObject({ start: 0, length: '// handlers'.length, category: ts.DiagnosticCategory.Warning });
    expect(problem?.messageText).toBe(
      '@dapr-codes/typescript-plugin: unknown option "daprVerison". Did you mean "daprVersion"? Known options: daprVersion, diagnostics, hover, completions, severity, removedCodeCompletions, allowedCodes, appCodes, daprClient, maxFileSize.',
    );
    expect(log).toContain(`[dapr-codes] TS93111: ${problem?.messageText}`);
  });
});

describe('the plugin when a feature throws', () => {
  const faulty = (error: () => Error) => (base: ts.LanguageService) => ({
    ...base,
    getProgram: () => {
      throw error();
    },
  });

  it("returns TypeScript's own answers and logs the failure", () => {
    const { ls, service, log } = plugin({ name: '@dapr-codes/typescript-plugin' }, faulty(() => new Error('injected fault')));
    expect(ls.getQuickInfoAtPosition(FILE, at('"ERR_STATE_GET"'))).toBeUndefined();
    expect(ls.getQuickInfoAtPosition(FILE, at('body'))).toEqual(service.getQuickInfoAtPosition(FILE, at('body')));
    expect(codes(ls.getSemanticDiagnostics(FILE))).toEqual([2322]);
    const completions = ls.getCompletionsAtPosition(FILE, at('"ERR_STATE_GET"'), undefined);
    expect(completions).toEqual(service.getCompletionsAtPosition(FILE, at('"ERR_STATE_GET"'), undefined));
    const errors = log.filter((l) => l.startsWith('Err [dapr-codes]'));
    expect(errors.map((l) => l.split(':')[0])).toEqual([
      "Err [dapr-codes] hover failed, returning TypeScript's own answer",
      "Err [dapr-codes] hover failed, returning TypeScript's own answer",
      "Err [dapr-codes] diagnostics failed, returning TypeScript's own answer",
      "Err [dapr-codes] completions failed, returning TypeScript's own answer",
    ]);
    expect(errors[0]).toContain('Error: injected fault');
  });

  it('lets a cancellation through to tsserver', () => {
    const { ls } = plugin({ name: '@dapr-codes/typescript-plugin' }, faulty(() => new ts.OperationCanceledException() as unknown as Error));
    expect(() => ls.getSemanticDiagnostics(FILE)).toThrow(ts.OperationCanceledException);
  });
});
