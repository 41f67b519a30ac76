// The tsserver plugin: `init({ typescript })` is called once per project and returns `create` (wraps the
// project's language service) and `onConfigurationChanged` (options pushed with `configurePlugin`).
import type * as ts from 'typescript';
import { registerFixableCodes, codeFixesFor, isFixable, withFixableCodes } from './code-fixes.js';
import { completionContextAt, withDaprCompletions, withDaprDetails } from './completions.js';
import { candidatesFor, mergeRawOptions, parseSettings, type Settings } from '@dapr-codes/catalog';
import { mayStateVersion, rootChain, TargetResolver, type ProjectTarget } from '@dapr-codes/deployment';
import { dirname } from 'node:path';
import { copyLanguageService, extend, type GuardOptions, type Log } from './decorate.js';
import { configDiagnostics, createFindingsCache, findingsInFile, isTooLarge, toDiagnostic, tooLargeDiagnostic, type Finding } from './diagnostics.js';
import { isKnownOccurrence, withDaprQuickInfo } from './hover.js';
import { createClassifier, fileContext, occurrenceAt, type ClassifyContext } from './occurrences.js';
import { isPushed, isSyntaxOnly, SILENT } from './server-mode.js';
import type { TS } from './syntax-kinds.js';

const PLUGIN_NAME = '@dapr-codes/typescript-plugin';
import { createTypeOracle } from './type-oracle.js';

/** What the features need about one file of the current program. */
interface FileContext {
  readonly cx: ClassifyContext;
  readonly program: ts.Program;
  /** The runtimes the file's code runs against: configured, or read from its project's deployment files. */
  readonly runtimes: ProjectTarget;
}

/** Completions TypeScript triggers on these characters are string completions; any other trigger is not ours. */
const QUOTES = new Set(['"', "'", '`']);

function describeSettings(settings: Settings): string {
  const { options } = settings;
  return JSON.stringify({ ...options, daprVersion: options.daprVersion.kind === 'auto' ? 'auto' : options.daprVersion.text, allowedCodes: [...options.allowedCodes] });
}

function init({ typescript: t }: { typescript: TS }): ts.server.PluginModule {
  // State of this project's plugin instance (tsserver calls init once per project).
  let project: ts.server.Project | undefined;
  let fromTsconfig: unknown;
  let settings: Settings = parseSettings(undefined, PLUGIN_NAME);
  let log: Log = () => {};
  /** In a syntax-only server: nothing pushed yet, so nothing served. */
  let silent = false;
  const resolver = new TargetResolver();
  // One classifier per target: its suggestions are the names those runtimes send.
  const classifiers = new Map<string, ClassifyContext['classify']>();
  const classifierFor = (runtimes: ProjectTarget) => {
    const key = runtimes.target?.key ?? '';
    let classify = classifiers.get(key);
    if (!classify) classifiers.set(key, (classify = createClassifier(settings.options.allowedCodes, runtimes.target, settings.options.appCodes)));
    return classify;
  };

  const configure = (pushed: unknown) => {
    const parsed = parseSettings(mergeRawOptions(fromTsconfig, pushed), PLUGIN_NAME);
    settings = silent ? { ...parsed, options: { ...parsed.options, ...SILENT } } : parsed;
    classifiers.clear();
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

    // A deployment file that changes, or appears, under a root the versions were looked for in: read the
    // versions again and check the files again. tsserver's directory watchers report added and removed
    // files only, so each file read is watched too.
    const watched = new Map<string, ts.FileWatcher>();
    const watchedFrom = new Set<string>();
    const changed = (path: string) => {
      if (!mayStateVersion(path)) return;
      resolver.invalidate(path);
      watchedFrom.clear();
      classifiers.clear();
      log(`deployment file changed: ${path}`);
      info.project.refreshDiagnostics();
    };
    const watchRoots = (fileName: string) => {
      // Not every host of a language service watches files (a test's in-memory one does not).
      const host = info.serverHost as ts.server.ServerHost | undefined;
      const dir = dirname(fileName);
      if (!host?.watchDirectory || watchedFrom.has(dir)) return;
      watchedFrom.add(dir);
      for (const root of rootChain(dir)) {
        if (!watched.has(root)) watched.set(root, host.watchDirectory(root, changed, true));
        for (const file of resolver.detector.rootFindings(root).files) {
          if (!watched.has(file)) watched.set(file, host.watchFile(file, (path) => changed(path)));
        }
      }
    };

    const runtimesOf = (fileName: string): ProjectTarget => {
      const spec = settings.options.daprVersion;
      const runtimes = resolver.resolve(spec, fileName);
      if (spec.kind === 'auto') watchRoots(fileName);
      return runtimes;
    };

    const contextOf = (fileName: string): FileContext | undefined => {
      const program = base.getProgram();
      const sourceFile = program?.getSourceFile(fileName);
      // Nothing of a file over maxFileSize is read: hover, completions and fixes are TypeScript's alone.
      if (!program || !sourceFile || isTooLarge(sourceFile, settings.options)) return undefined;
      const types = createTypeOracle(t, () => program.getTypeChecker());
      const runtimes = runtimesOf(fileName);
      return { program, runtimes, cx: { ts: t, sourceFile, types, classify: classifierFor(runtimes), context: fileContext(sourceFile, settings.options.daprClient) } };
    };

    const findingsOf = ({ cx, program, runtimes }: FileContext): readonly Finding[] => {
      const { options } = settings;
      return cache.get(cx.sourceFile, options, runtimes.target, program, () => ({ findings: findingsInFile(cx, runtimes.target), usedTypes: cx.types?.consulted ?? false }));
    };

    ls.getQuickInfoAtPosition = extend(
      base.getQuickInfoAtPosition.bind(base),
      (result, fileName, position) => {
        if (!settings.options.hover) return result;
        const c = contextOf(fileName);
        const occurrence = c && occurrenceAt(c.cx, position);
        return occurrence && isKnownOccurrence(occurrence) ? withDaprQuickInfo(t, result, occurrence, c.runtimes) : result;
      },
      guard('hover'),
    );

    const completionAt = (fileName: string, position: number) => {
      const c = contextOf(fileName);
      const context = c && completionContextAt(t, c.cx.sourceFile, position, c.cx.types);
      return context && { context, runtimes: c.runtimes, candidates: candidatesFor(context.offer, c.runtimes.target) };
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
        const found = completionAt(fileName, position);
        const candidate = found?.candidates.get(entryName);
        return found && candidate ? withDaprDetails(t, result, candidate, found.runtimes) : result;
      },
      guard('completion details'),
    );

    ls.getSemanticDiagnostics = extend(
      base.getSemanticDiagnostics.bind(base),
      (result, fileName) => {
        const { options, problems } = settings;
        const sourceFile = base.getProgram()?.getSourceFile(fileName);
        if (sourceFile && !sourceFile.isDeclarationFile && isTooLarge(sourceFile, options)) {
          return [...result, ...configDiagnostics(t, sourceFile, problems), tooLargeDiagnostic(t, sourceFile, options, PLUGIN_NAME)];
        }
        const c = contextOf(fileName);
        if (!c || c.cx.sourceFile.isDeclarationFile) return result;
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
