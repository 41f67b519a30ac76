// Regular expressions from the user's configuration (`allowedPattern`, `defaultCaseCommentPattern`) run
// on the code being linted, so a pattern that backtracks catastrophically stalls the lint: `^(a+)+$` took
// 89 s on one 28-character comment. Before use a pattern is checked, conservatively, for what makes
// backtracking super-linear, and then only ever tested on short texts:
// - a repetition of something that itself repeats, is optional, or has alternatives (`(a+)+`,
//   `(a|aa)*`, `(a?){30}`): the ways to match multiply, exponentially;
// - more than two variable repetitions (`.*a.*b.*c`): each one multiplies the work by the text length.
// What passes takes at most about n³ steps on a text of n characters (two repetitions, and a search
// that starts at every position); tested texts are at most MAX_TESTED_LENGTH long.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { ConfigError } from './config-error.js';

/** Texts longer than this are never tested against a user pattern (no code or opt-out comment is that long). */
export const MAX_TESTED_LENGTH = 200;
const MAX_VARIABLE_REPETITIONS = 2;

export interface UserPatternSpec {
  /** How messages name the setting: `@dapr-codes/no-unknown-code: option "allowedPattern"`. */
  readonly setting: string;
  readonly flags: string;
  /** Texts the pattern must not all match: if it does, it matches anything and the option means nothing. */
  readonly mustNotMatchAll: readonly string[];
  /** What matching everything would do, for the message (`every comment would count as a default`). */
  readonly matchAllEffect: string;
  /** The fix the messages suggest. */
  readonly example: string;
}

/** What in a repeated element multiplies the ways to match, if anything. */
function ambiguityInside(element: AST.Node): string | undefined {
  let found: string | undefined;
  visitRegExpAST(element, {
    onQuantifierEnter: (q) => void (found ??= `"${q.raw}", which itself repeats or is optional`),
    onGroupEnter: (g) => void (g.alternatives.length > 1 && (found ??= `"${g.raw}", which has alternatives`)),
    onCapturingGroupEnter: (g) => void (g.alternatives.length > 1 && (found ??= `"${g.raw}", which has alternatives`)),
    onAssertionEnter: (a) => void ('alternatives' in a && a.alternatives.length > 1 && (found ??= `"${a.raw}", which has alternatives`)),
    onBackreferenceEnter: (b) => void (found ??= `the back-reference "${b.raw}"`),
  });
  return found;
}

/** Why the pattern can backtrack super-linearly (as a phrase), or undefined when it cannot. */
export function backtrackingHazard(pattern: AST.Pattern): string | undefined {
  let hazard: string | undefined;
  let variable = 0;
  visitRegExpAST(pattern, {
    onQuantifierEnter(q) {
      if (q.max <= 1 || hazard) return;
      if (q.min !== q.max) variable++;
      const inside = ambiguityInside(q.element);
      if (inside) hazard = `"${q.raw}" repeats ${inside}`;
    },
  });
  if (hazard) return hazard;
  return variable > MAX_VARIABLE_REPETITIONS ? `it has ${variable} variable repetitions (at most ${MAX_VARIABLE_REPETITIONS} are allowed)` : undefined;
}

function parse(source: string, flags: string): AST.Pattern {
  return new RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
}

/**
 * The user's pattern, compiled, once it is known to be valid, to not match everything, and to not
 * backtrack catastrophically; otherwise a ConfigError that names the setting, the value and a fix.
 */
export function compileUserPattern(source: string, spec: UserPatternSpec): RegExp {
  const shown = `${spec.setting} ${JSON.stringify(source)}`;
  let regexp: RegExp;
  let ast: AST.Pattern;
  try {
    regexp = new RegExp(source, spec.flags);
    ast = parse(source, spec.flags);
  } catch (error) {
    throw new ConfigError(`${shown} is not a valid regular expression (${(error as Error).message}). Write it as in new RegExp(pattern, '${spec.flags}'), e.g. ${spec.example}.`);
  }
  const hazard = backtrackingHazard(ast);
  if (hazard) {
    throw new ConfigError(`${shown} could backtrack for minutes on some texts: ${hazard}. Write a simpler pattern, e.g. ${spec.example}.`);
  }
  if (spec.mustNotMatchAll.every((text) => regexp.test(text))) {
    throw new ConfigError(`${shown} matches any text (even ${spec.mustNotMatchAll.map((t) => JSON.stringify(t)).join(', ')}), so ${spec.matchAllEffect}. Write a pattern that says what it matches, e.g. ${spec.example}.`);
  }
  return regexp;
}

/** A user pattern tested on a text, if the text is short enough to be one it is meant for. */
export function testUserPattern(regexp: RegExp, text: string): boolean {
  return text.length <= MAX_TESTED_LENGTH && regexp.test(text);
}
