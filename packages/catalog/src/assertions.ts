// Assertions compare as `===` does: `assert.equal(res.errorCode, "X")`, `expect(err.errorCode).toBe("X")`,
// chai's `expect(x).to.equal("X")` say what `res.errorCode === "X"` says, and `expect(msg).toContain("X")`
// what `msg.includes("X")` says. The hosts describe an assertion call in these terms (`AssertionCall`);
// the catalog turns it into the `Position` of its string (docs/where-a-string-is-a-code.md, "Assertions").
import type { NameChain, Position } from './position.js';

/** node:assert (and `node:assert/strict`), chai's `assert`, AVA's `t`: `assert.equal(actual, expected)`, either order. */
const ASSERT_EQUAL = new Set(['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'notDeepEqual', 'notDeepStrictEqual', 'is', 'not', 'equals']);
/** chai's `assert.include(haystack, needle)`. */
const ASSERT_INCLUDE = new Set(['include', 'notInclude', 'includes']);
/** chai's `assert.propertyVal(object, key, value)`. */
const ASSERT_PROPERTY = new Set(['propertyVal', 'notPropertyVal', 'nestedPropertyVal', 'deepPropertyVal']);

/** Jest / Vitest `expect(actual).toBe(expected)`, chai's `expect(actual).to.equal(expected)` and `actual.should.equal(expected)`. */
const MATCHER_EQUAL = new Set(['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'eqls']);
/** `expect(text).toContain(needle)`, chai's `.include(needle)`, `.have.string(needle)`. */
const MATCHER_INCLUDE = new Set(['toContain', 'toMatch', 'include', 'includes', 'contain', 'contains', 'string']);
/** `expect(body).toHaveProperty("errorCode", value)`, chai's `.have.property("errorCode", value)`. */
const MATCHER_PROPERTY = new Set(['toHaveProperty', 'property', 'nestedProperty', 'ownProperty', 'haveOwnProperty']);

/** Names that, called with the actual value, start a matcher chain. */
export const EXPECT_FUNCTIONS: ReadonlySet<string> = new Set(['expect']);
/** The property that starts chai's should-chain on the actual value. */
export const SHOULD_PROPERTY = 'should';

/** Every method name the hosts must look at as a possible assertion (the cheap test before any tree work). */
export const ASSERTION_METHODS: ReadonlySet<string> = new Set([...ASSERT_EQUAL, ...ASSERT_INCLUDE, ...ASSERT_PROPERTY, ...MATCHER_EQUAL, ...MATCHER_INCLUDE, ...MATCHER_PROPERTY]);

/**
 * A call a string is an argument of, as an assertion: `assert` style (`assert.equal(a, "X")`, an imported
 * `strictEqual(a, "X")`), or `matcher` style at the end of an `expect(actual)` / `actual.should` chain.
 * The chains are asked for lazily: the hosts resolve names only when an assertion needs them.
 */
export type AssertionCall =
  | {
      readonly style: 'assert';
      readonly method: string;
      /** The string's argument index, and the number of arguments. */
      readonly index: number;
      readonly count: number;
      readonly argument: (index: number) => NameChain | undefined;
      /** A string argument's value (a property name). */
      readonly stringArgument: (index: number) => string | undefined;
    }
  | {
      readonly style: 'matcher';
      readonly method: string;
      readonly index: number;
      readonly actual: () => NameChain | undefined;
      readonly stringArgument: (index: number) => string | undefined;
    };

/** `"errorCode"` or a path `"body.errorCode"` / `["body", "errorCode"]` written as a string: its last name. */
function lastKey(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const last = path.split('.').pop();
  return last === '' ? undefined : last;
}

function withKey(key: string | undefined, chain: NameChain | undefined): NameChain | undefined {
  return key === undefined ? undefined : { names: [key, ...(chain?.names ?? [])] };
}

/** Where a string argument of an assertion stands, or undefined when the call is no assertion the catalog knows. */
export function positionOfAssertion(call: AssertionCall): Position | undefined {
  const { method, index } = call;
  if (call.style === 'assert') {
    if (ASSERT_EQUAL.has(method) && call.count >= 2 && index <= 1) return { kind: 'compared', with: call.argument(1 - index) };
    if (ASSERT_INCLUDE.has(method) && index === 1) return { kind: 'searched-in', receiver: call.argument(0), method: 'includes' };
    if (ASSERT_PROPERTY.has(method) && index === 2) return { kind: 'compared', with: withKey(lastKey(call.stringArgument(1)), call.argument(0)) };
    return undefined;
  }
  if (MATCHER_EQUAL.has(method) && index === 0) return { kind: 'compared', with: call.actual() };
  if (MATCHER_INCLUDE.has(method) && index === 0) return { kind: 'searched-in', receiver: call.actual(), method: 'includes' };
  if (MATCHER_PROPERTY.has(method) && index === 1) return { kind: 'compared', with: withKey(lastKey(call.stringArgument(0)), call.actual()) };
  return undefined;
}
