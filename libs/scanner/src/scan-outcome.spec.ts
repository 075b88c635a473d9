import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanOutcome } from './scan-outcome';

test('every account succeeded -> succeeded', () => {
  assert.equal(scanOutcome(['succeeded', 'succeeded']), 'succeeded');
});

test('one account with collection gaps -> partial', () => {
  assert.equal(scanOutcome(['succeeded', 'partial']), 'partial');
});

test('one account failed -> partial', () => {
  assert.equal(scanOutcome(['succeeded', 'failed']), 'partial');
});

test('an account left running never finished -> partial', () => {
  assert.equal(scanOutcome(['succeeded', 'running']), 'partial');
});

test('every account failed, or none at all -> failed', () => {
  assert.equal(scanOutcome(['failed', 'failed']), 'failed');
  assert.equal(scanOutcome([]), 'failed');
});
