// The editor options as ESLint rule configuration: which rules run, with which options and settings.
import type { RuleName } from '@dapr-codes/eslint-plugin';
import type { DaprTarget, EditorOptions } from '@dapr-codes/catalog';
import type { RuleConfig } from './lint-runner.js';

export interface LintConfig {
  readonly rules: readonly RuleConfig[];
  readonly settings: Readonly<Record<string, unknown>>;
}

const ALL_RULES: readonly RuleName[] = ['no-unknown-code', 'no-deprecated-code', 'exhaustive-handling'];

/** `target`: the runtimes the server resolved for the file (configured or detected); the rules take it as it is. */
export function lintConfigOf(options: EditorOptions, target: DaprTarget | undefined): LintConfig {
  const unknown = [{ allowedCodes: [...options.allowedCodes], appCodes: options.appCodes }];
  const rules = ALL_RULES.map((ruleId): RuleConfig => ({ ruleId, options: ruleId === 'no-unknown-code' ? unknown : [] }));
  return { rules, settings: { dapr: { target: target ?? null, client: options.daprClient } } };
}
