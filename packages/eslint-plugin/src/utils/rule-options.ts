// Checks of rule option values that the JSON schema leaves to the rule, so that the message names the
// option, the value and the allowed ones (ESLint's schema errors name neither the option nor the values).
import { choiceProblem } from '@dapr-codes/catalog';
import { ConfigError } from './config-error.js';

/** `value` when it is one of `allowed` (or absent); otherwise a ConfigError listing them. */
export function checkChoice<T extends string>(rule: string, option: string, value: T | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value)) return value;
  throw new ConfigError(`@dapr-codes/${rule}: option "${option}" ${choiceProblem(allowed, value)}.`);
}
