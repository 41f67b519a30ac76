import { RegExpParser } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { backtrackingHazard, MAX_TESTED_LENGTH, testUserPattern } from '../src/utils/user-pattern.js';

const hazardOf = (source: string) => backtrackingHazard(new RegExpParser().parsePattern(source, 0, source.length, { unicode: true }));

describe('backtrackingHazard', () => {
  // Classic catastrophic patterns, including ones that finer analyses (star height, single-character
  // attack strings) let through: overlapping alternatives under a repetition.
  it.each(['^(a+)+$', '(x+x+)+y', '^([a-z]+)*@', '^(a|aa)+$', '(a|a)*b', '(a?){30}a{30}', '^(\\w+\\s?)*$', '(?:a+){2,}', '^(?=(a+)+b)', '((a)\\2)*', '.*a.*b.*c'])('rejects %s', (source) => {
    expect(hazardOf(source)).toEqual(expect.any(String));
  });

  it.each(['^no default$', '^(?:no|intentionally no) default', 'no default|falls through', '^APP_', '^APP_[A-Z]+_[A-Z]+$', '^(?:ORDERS|BILLING)_', '\\d{3}', '(?:ab){2}', '(a)\\1', '^\\s*no default\\s*$'])('accepts %s', (source) => {
    expect(hazardOf(source)).toBeUndefined();
  });
});

it('tests a pattern only on texts up to MAX_TESTED_LENGTH characters', () => {
  expect(testUserPattern(/a/u, 'a'.repeat(MAX_TESTED_LENGTH))).toBe(true);
  expect(testUserPattern(/a/u, 'a'.repeat(MAX_TESTED_LENGTH + 1))).toBe(false);
});
