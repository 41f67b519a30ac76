// The tsserver plugin: `init({ typescript })` is called once per project and returns `create` (wraps the
// project's language service) and `onConfigurationChanged` (options pushed with `configurePlugin`).
import type * as ts from 'typescript';
import { registerFixableCodes, codeFixesFor, isFixable, withFixableCodes } from './code-fixes.js';
import { completionContextAt, withDaprCompletions, withDaprDetails } from './completions.js';
import { candidatesFor, mergeRawOptions, parseSettings, type Settings } from '@dapr-codes/catalog';
import { copyLanguageService, extend, type GuardOptions, type Log } from './decorate.js';
import { configDiagnostics, createFindingsCache, findingsInFile, toDiagnostic, type Finding } from './diagnostics.js';
import { isKnownOccurrence, withDaprQuickInfo } from './hover.js';
import { createClassifier, occurrenceAt, type ClassifyContext } from './occurrences.js';
import { isPushed, isSyntaxOnly, SILENT } from './server-mode.js';
import type { TS } from './syntax-kinds.js';

const PLUGIN_NAME = '@dapr-codes/typescript-plugin';
import { createTypeOracle } from './type-oracle.js';

/** What the features need about one file of the current program. */
interface FileContext {
  readonly cx: ClassifyContext;
  readonly program: ts.Program;
}

/** Completions TypeScript triggers on these characters are string completions; any other trigger is not ours. */
const QUOTES = new Set(['"', "'", '`']);

function describeSettings(settings: Settings): string {
  const { options } = settings;
  return JSON.stringify({ ...options, daprVersion: options.daprVersion?.text, allowedCodes: [...options.allowedCodes] });
}

function init({ typescript: t }: { typescript: TS }): ts.server.PluginModule {
  // State of this project's plugin instance (tsserver calls init once per project).
  let project: ts.server.Project | undefined;
  let fromTsconfig: unknown;
  let settings: Settings = parseSettings(undefined, PLUGIN_NAME);
  let classify = createClassifier(settings.options.allowedCodes, settings.options.daprVersion, settings.options.appCodes);
  let log: Log = () => {};
  /** In a syntax-only server: nothing pushed yet, so nothing served. */
  let silent = false;

  const configure = (pushed: unknown) => {
    const parsed = parseSettings(mergeRawOptions(fromTsconfig, pushed), PLUGIN_NAME);
    settings = silent ? { ...parsed, options: { ...parsed.options, ...SILENT } } : parsed;
    classify = createClassifier(settings.options.allowedCodes, settings.options.daprVersion, settings.options.appCodes);
  };

  const reportSettings = (how: string) => {
    log(`${how}: ${describeSettings(settings)}`);
    for (const problem of settings.problems) log(`TS${problem.code}: ${problem.message}`);
  };

  function create(info: ts.server.PluginCreateInfo): ts.LanguageService {
    const logger = info.project.projectService.logger;
    log = (message) => logger.info(`[dapr-codes] ${message}`);
    const logError: Log = (message) => logger.msg(`[dapr-codes] ${message}`, t.server.Msg.Err);
    project = info.project;
    const name: string = info.config?.name ?? PLUGIN_NAME;
    // The tsconfig entry stays the base when tsserver hands over options pushed by the editor instead.
    fromTsconfig = (info.project.getCompilerOptions().plugins as ts.PluginImport[] | undefined)?.find((p) => p.name === name);
    // tsserver hands options pushed before the project existed to `create` as its config.
    silent = isSyntaxOnly(t, info.project) && !isPushed(info.config);
    configure(info.config);
    reportSettings(`enabled for ${info.project.getProjectName()} (TypeScript ${t.version})`);
    if (silent) log(`${t.LanguageServiceMode[info.project.projectService.serverMode]} server: no hover, completions or diagnostics until options are pushed (configurePlugin); the full server answers once the project is loaded.`);
    registerFixableCodes(t, logError);

    const base = info.languageService;
    const ls = copyLanguageService(base);
    const cache = createFindingsCache();
    const guard = (feature: string): GuardOptions => ({ feature, log: logError, isCancellation: (e) => e instanceof t.OperationCanceledException });

    const contextOf = (fileName: string): FileContext | undefined => {
      const program = base.getProgram();
      const sourceFile = program?.getSourceFile(fileName);
      if (!program || !sourceFile) return undefined;
      const types = createTypeOracle(t, () => program.getTypeChecker());
      return { program, cx: { ts: t, sourceFile, types, classify } };
    };

    const findingsOf = ({ cx, program }: FileContext): readonly Finding[] => {
      const { options } = settings;
      return cache.get(cx.sourceFile, options, program, () => ({ findings: findingsInFile(cx, options.daprVersion), usedTypes: cx.types?.consulted ?? false }));
    };

    ls.getQuickInfoAtPosition = extend(
      base.getQuickInfoAtPosition.bind(base),
      (result, fileName, position) => {
        if (!settings.options.hover) return result;
        const c = contextOf(fileName);
        const occurrence = c && occurrenceAt(c.cx, position);
        return occurrence && isKnownOccurrence(occurrence) ? withDaprQuickInfo(t, result, occurrence, settings.options.daprVersion) : result;
      },
      guard('hover'),
    );

    const completionAt = (fileName: string, position: number) => {
      const c = contextOf(fileName);
      const context = c && completionContextAt(t, c.cx.sourceFile, position, c.cx.types);
      return context && { context, candidates: candidatesFor(context.offer, settings.options.daprVersion) };
    };

    ls.getCompletionsAtPosition = extend(
      base.getCompletionsAtPosition.bind(base),
      (result, fileName, position, options) => {
        const trigger = options?.triggerCharacter;
        if (!settings.options.completions || (trigger !== undefined && !QUOTES.has(trigger))) return result;
        const found = completionAt(fileName, position);
        return found ? withDaprCompletions(t, result, found.context, found.candidates, settings.options.removedCodeCompletions) : result;
      },
      guard('completions'),
    );

    ls.getCompletionEntryDetails = extend(
      base.getCompletionEntryDetails.bind(base),
      (result, fileName, position, entryName) => {
        if (!settings.options.completions) return result;
        const candidate = completionAt(fileName, position)?.candidates.get(entryName);
        return candidate ? withDaprDetails(t, result, candidate, settings.options.daprVersion) : result;
      },
      guard('completion details'),
    );

    ls.getSemanticDiagnostics = extend(
      base.getSemanticDiagnostics.bind(base),
      (result, fileName) => {
        const c = contextOf(fileName);
        if (!c || c.cx.sourceFile.isDeclarationFile) return result;
        const { options, problems } = settings;
        const config = configDiagnostics(t, c.cx.sourceFile, problems);
        const findings = options.diagnostics ? findingsOf(c) : [];
        if (config.length === 0 && findings.length === 0) return result;
        return [...result, ...config, ...findings.map((f) => toDiagnostic(t, c.cx.sourceFile, f, options.severity))];
      },
      guard('diagnostics'),
    );

    ls.getCodeFixesAtPosition = extend(
      base.getCodeFixesAtPosition.bind(base),
      (result, fileName, start, end, errorCodes) => {
        if (!settings.options.diagnostics || !errorCodes.some(isFixable)) return result;
        const c = contextOf(fileName);
        const fixes = c ? codeFixesFor(findingsOf(c), fileName, start, end, errorCodes) : [];
        return fixes.length ? [...result, ...fixes] : result;
      },
      guard('code fixes'),
    );

    ls.getSupportedCodeFixes = extend(base.getSupportedCodeFixes.bind(base), (result) => withFixableCodes(result), guard('supported code fixes'));

    return ls;
  }

  function onConfigurationChanged(config: unknown): void {
    silent = false;
    configure(config);
    reportSettings('options changed');
    // Editors ask for diagnostics again on this event; ours depend on the options.
    project?.refreshDiagnostics();
  }

  return { create, onConfigurationChanged };
}

export = init;
