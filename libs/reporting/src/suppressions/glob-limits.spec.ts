import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globProblem, MAX_PATTERN_LENGTH } from './glob-limits';

test('patterns are limited in length, wildcards and repeated stars', () => {
  assert.equal(globProblem('arn:aws:ecs:*:111111111111:task-definition/web:?'), undefined);
  assert.equal(globProblem('a'.repeat(MAX_PATTERN_LENGTH)), undefined);
  assert.equal(globProblem('a'.repeat(MAX_PATTERN_LENGTH + 1)), 'must be at most 512 characters');
  assert.equal(globProblem('*a'.repeat(16)), undefined);
  assert.equal(globProblem('*a'.repeat(17)), 'must have at most 16 wildcards (* and ?)');
  assert.equal(globProblem('******X'), 'must not repeat * (one * already matches any run)');
});
