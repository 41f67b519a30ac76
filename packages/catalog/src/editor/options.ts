// Editor options (tsserver plugin entry, language-server settings): parsing and validation. A wrong
// option never stops a host: it falls back to the default for that option and reports a problem that
// the editor shows as a diagnostic (93110–93112). Messages start with the host's name.
import type { AppCodes } from '../code-use.js';
import type { DaprClientSetting } from '../dapr-context.js';
import { choiceProblem, describeValue, didYouMean, readVersionSetting } from '../config-text.js';
import { readClientSetting } from '../dapr-context.js';
import type { VersionSpec } from '../targets/spec.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_CEILING } from './not-analysed.js';

export type Severity = 'error' | 'warning';
export type RemovedCodeCompletions = 'deprecated' | 'hidden';

export interface EditorOptions {
  /** The runtimes the project talks to; codes they do not send are reported. `auto`: read from its deployment files. */
  readonly daprVersion: VersionSpec;
  readonly diagnostics: boolean;
  readonly hover: boolean;
  readonly completions: boolean;
  /** Category of the unknown/deprecated code diagnostics. */
  readonly severity: Severity;
  /** Removed (and otherwise flagged) codes in completions: struck through, or left out. */
  readonly removedCodeCompletions: RemovedCodeCompletions;
  /** The project's own strings that look like Dapr codes: never reported as unknown. */
  readonly allowedCodes: ReadonlySet<string>;
  /** An unknown `ERR_*` far from every Dapr code: the app's own (ignored) or reported, as in the ESLint rule. */
  readonly appCodes: AppCodes;
  /** Whether the files talk to Dapr: `'auto'` reads each file's text, `true` / `false` say so for all (docs/where-a-string-is-a-code.md). */
  readonly daprClient: DaprClientSetting;
  /** Files longer than this many characters are not analysed (a diagnostic on their first line says so). */
  readonly maxFileSize: number;
}

export interface ConfigProblem {
  readonly code: typeof DiagnosticCode.InvalidOption | typeof DiagnosticCode.UnknownOption | typeof DiagnosticCode.UnsupportedDaprVersion;
  readonly message: string;
}

export interface Settings {
  readonly options: EditorOptions;
  readonly problems: readonly ConfigProblem[];
}

export const DEFAULT_OPTIONS: EditorOptions = {
  daprVersion: { kind: 'auto' },
  diagnostics: true,
  hover: true,
  completions: true,
  severity: 'warning',
  removedCodeCompletions: 'deprecated',
  allowedCodes: new Set(),
  appCodes: 'ignore-distant',
  daprClient: 'auto',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = Mutable<EditorOptions>;
type Read = (value: unknown, draft: Draft) => string | ConfigProblem | undefined;

function oneOf<K extends 'severity' | 'removedCodeCompletions' | 'appCodes'>(key: K, allowed: readonly Draft[K][]): Read {
  return (value, draft) => {
    if (!allowed.includes(value as Draft[K])) return choiceProblem(allowed, value);
    draft[key] = value as Draft[K];
    return undefined;
  };
}

function flag(key: 'diagnostics' | 'hover' | 'completions'): Read {
  return (value, draft) => {
    if (typeof value !== 'boolean') return `must be true or false, got ${describeValue(value)}`;
    draft[key] = value;
    return undefined;
  };
}

const readers: Readonly<Record<string, Read>> = {
  daprVersion: (value, draft) => {
    const read = readVersionSetting('option "daprVersion"', value);
    if (!read.ok) {
      const code = read.kind === 'type' ? DiagnosticCode.InvalidOption : DiagnosticCode.UnsupportedDaprVersion;
      return { code, message: `${read.problem}. ${read.kind === 'type' ? 'Using the default ("auto").' : "Reading the project's deployment files instead."}` };
    }
    draft.daprVersion = read.spec;
    return undefined;
  },
  diagnostics: flag('diagnostics'),
  hover: flag('hover'),
  completions: flag('completions'),
  severity: oneOf('severity', ['warning', 'error']),
  removedCodeCompletions: oneOf('removedCodeCompletions', ['deprecated', 'hidden']),
  allowedCodes: (value, draft) => {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return `must be an array of strings, got ${describeValue(value)}`;
    draft.allowedCodes = new Set(value as string[]);
    return undefined;
  },
  appCodes: oneOf('appCodes', ['ignore-distant', 'report']),
  daprClient: (value, draft) => {
    const read = readClientSetting(value);
    if (!read.ok) return read.problem;
    draft.daprClient = read.setting;
    return undefined;
  },
  maxFileSize: (value, draft) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_FILE_SIZE_CEILING) {
      return `must be a whole number of characters from 1 to ${MAX_FILE_SIZE_CEILING}, got ${describeValue(value)}`;
    }
    draft.maxFileSize = value;
    return undefined;
  },
};

/** Keys tsserver itself puts into a plugin's entry. */
const TSSERVER_KEYS = new Set(['name', 'global']);

/** Every option name the hosts read (tsconfig plugin entry, `daprCodes` settings). */
export const EDITOR_OPTION_NAMES: readonly string[] = Object.keys(readers);

function unknownOption(key: string, host: string): ConfigProblem {
  return { code: DiagnosticCode.UnknownOption, message: `${host}: unknown option "${key}".${didYouMean(key, EDITOR_OPTION_NAMES)} Known options: ${EDITOR_OPTION_NAMES.join(', ')}.` };
}

/**
 * Options as a host uses them, from the raw entry (the tsconfig `compilerOptions.plugins` entry, with
 * what the editor pushed laid over it). `host` names the package in messages.
 */
export function parseSettings(raw: unknown, host: string): Settings {
  if (raw === undefined || raw === null) return { options: DEFAULT_OPTIONS, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { options: DEFAULT_OPTIONS, problems: [{ code: DiagnosticCode.InvalidOption, message: `${host}: the options must be an object, got ${describeValue(raw)}. Using the defaults.` }] };
  }
  const draft: Draft = { ...DEFAULT_OPTIONS };
  const problems: ConfigProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (TSSERVER_KEYS.has(key)) continue;
    const read = Object.hasOwn(readers, key) ? readers[key] : undefined;
    if (!read) {
      problems.push(unknownOption(key, host));
      continue;
    }
    const problem = read(value, draft);
    if (typeof problem === 'string') {
      problems.push({ code: DiagnosticCode.InvalidOption, message: `${host}: option "${key}" ${problem}. Using the default.` });
    } else if (problem) {
      problems.push({ ...problem, message: `${host}: ${problem.message}` });
    }
  }
  return { options: draft, problems };
}

/** Lays options pushed by the editor over the tsconfig entry (both may be absent or malformed). */
export function mergeRawOptions(fromTsconfig: unknown, pushed: unknown): unknown {
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(pushed)) return pushed === undefined ? fromTsconfig : pushed;
  return isRecord(fromTsconfig) ? { ...fromTsconfig, ...pushed } : pushed;
}
