// The playground's lint: ESLint's own Linter (its browser build, `eslint/universal`) running the
// plugin's configs on one snippet, with oxc as the parser. Findings, messages, fixes and suggestions
// are ESLint's, computed by the same rules the CLI, Oxlint and the language server run.
import plugin from '@dapr-codes/eslint-plugin';
import type { Linter as LinterType } from 'eslint';
import { Linter } from 'eslint/universal';
import { oxcEslintParser, type Language } from './eslint-parser.js';
import type { PlaygroundConfig } from './lint-config.js';
import type { ParseSync } from './oxc-wasm.js';

export interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix: Edit | undefined;
  readonly suggestions: readonly { readonly desc: string; readonly fix: Edit }[];
}

export interface LintRequest {
  readonly text: string;
  readonly language: Language;
  /** What the user typed in the version field, passed as `settings.dapr.version`; empty: no version. */
  readonly version: string;
  readonly config: PlaygroundConfig;
}


export type LintOutcome =
  | { readonly kind: 'findings'; readonly findings: readonly Finding[] }
  /** The snippet does not parse: ESLint's fatal message. */
  | { readonly kind: 'syntax-error'; readonly message: string; readonly line: number; readonly column: number }
  /** The configuration was refused (a version the catalog does not know): the rule's message. */
  | { readonly kind: 'config-error'; readonly message: string };

const toFinding = (m: LinterType.LintMessage): Finding => ({
  ruleId: m.ruleId ?? '',
  severity: m.severity === 2 ? 'error' : 'warning',
  message: m.message,
  line: m.line,
  column: m.column,
  endLine: m.endLine ?? m.line,
  endColumn: m.endColumn ?? m.column,
  fix: m.fix,
  suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, fix: s.fix })),
});

/** ESLint wraps errors of rule creation as "Error while loading rule …: <message>"; the message is the user's news. */
function configMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error while loading rule '[^']+': /, '').split('\nOccurred while linting')[0]!.trim();
}

export type PlaygroundLinter = (request: LintRequest) => LintOutcome;

export function createPlaygroundLinter(parseSync: ParseSync): PlaygroundLinter {
  const linter = new Linter({ configType: 'flat' });
  const parsers = { ts: oxcEslintParser(parseSync, 'ts'), js: oxcEslintParser(parseSync, 'js') };
  return ({ text, language, version, config }) => {
    const configs: LinterType.Config[] = [
      { files: ['**/*.ts', '**/*.js'], languageOptions: { parser: parsers[language], sourceType: 'module' } },
      plugin.configs[config],
      { settings: version.trim() === '' ? {} : { dapr: { version: version.trim() } } },
    ];
    let messages: LinterType.LintMessage[];
    try {
      messages = linter.verify(text, configs, language === 'ts' ? 'playground.ts' : 'playground.js');
    } catch (error) {
      return { kind: 'config-error', message: configMessage(error) };
    }
    const fatal = messages.find((m) => m.fatal);
    if (fatal) return { kind: 'syntax-error', message: fatal.message, line: fatal.line, column: fatal.column };
    return { kind: 'findings', findings: messages.map(toFinding) };
  };
}

/** The text with one edit applied (a fix or a suggestion). */
export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}
