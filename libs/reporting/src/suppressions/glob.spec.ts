import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, matchGlob, type StepCounter } from './glob';

const matches = (pattern: string, text: string) => matchGlob(compileGlob(pattern), text);

test('* matches any run, ? one character, everything else itself', () => {
  const cases: [string, string, boolean][] = [
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a*', 'a', true],
    ['a*', 'ba', false],
    ['*a', 'ba', true],
    ['*a', 'ab', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxcyyb', false],
    ['*b*b*', 'ab', false],
    ['*b*b*', 'abab', true],
    ['ab*ab', 'abab', true],
    ['ab*ab', 'aba', false],
    ['arn:aws:ecs:*:111111111111:task-definition/web:?', 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:3', true],
    ['arn:aws:ecs:*:*:task-definition/api*', 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:3', false],
    ['a.c', 'abc', false],
    ['(a|b)+', '(a|b)+', true],
    ['a\nb', 'a\nb', true],
  ];
  for (const [pattern, text, expected] of cases) assert.equal(matches(pattern, text), expected, `${JSON.stringify(pattern)} on ${JSON.stringify(text)}`);
});

/** Steps for one match of the pattern against the text. */
function steps(pattern: string, text: string): { matched: boolean; steps: number } {
  const counter: StepCounter = { steps: 0 };
  return { matched: matchGlob(compileGlob(pattern), text, counter), steps: counter.steps };
}

test('adversarial patterns cost steps linear in the text (a backtracking regex takes exponential or polynomial time on these)', () => {
  const adversarial: [string, (n: number) => string][] = [
    ['******X', (n) => 'a'.repeat(n)],
    ['*******X', (n) => 'a'.repeat(n)],
    ['*a*a*a*a*b', (n) => 'a'.repeat(n)],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*b', (n) => 'a'.repeat(n)],
    ['*aaaaaaaab', (n) => 'a'.repeat(n)],
    ['a*?*?*?*?*?*?*?*b', (n) => 'a'.repeat(n)],
  ];
  for (const [pattern, text] of adversarial) {
    const longestSegment = Math.max(...pattern.split('*').map((segment) => segment.length));
    for (const n of [1_000, 10_000, 100_000]) {
      const result = steps(pattern, text(n));
      assert.equal(result.matched, false, pattern);
      // At most (longest segment + 1) comparisons per text position, plus the pattern itself.
      assert.ok(result.steps <= n * (longestSegment + 1) + pattern.length, `${pattern} on ${n}: ${result.steps} steps`);
    }
    // Ten times the text, at most ten times the steps (plus the pattern's constant).
    const small = steps(pattern, text(10_000)).steps;
    const large = steps(pattern, text(100_000)).steps;
    assert.ok(large <= 10 * small + 10 * pattern.length, `${pattern}: ${small} -> ${large} steps`);
  }
});

test('the exact step count of the worst pattern from the issue is about one per character', () => {
  // `******X` on 100,000 a's: only the trailing X is compared, once, at the end.
  assert.deepEqual(steps('******X', 'a'.repeat(100_000)), { matched: false, steps: 1 });
  // `*a*a*a*a*b`: the tail b once (fails at once), no middle search needed.
  assert.deepEqual(steps('*a*a*a*a*b', 'a'.repeat(100_000)), { matched: false, steps: 1 });
  // With a trailing star the middle segments are found left to right: 2 steps each, then b is searched once over the rest.
  const trailing = steps('*a*a*a*a*b*', 'a'.repeat(1_000));
  assert.equal(trailing.matched, false);
  assert.equal(trailing.steps, 4 * 2 + (1_000 - 4));
});
