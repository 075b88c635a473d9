import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionSchema, scanScopeSchema, severityRank } from '@rolecall/model';

test('scope accepts 12-digit accounts only', () => {
  assert.equal(scanScopeSchema.safeParse({ accounts: ['123456789012'] }).success, true);
  assert.equal(scanScopeSchema.safeParse({ accounts: ['12345'] }).success, false);
  assert.equal(severityRank('critical'), 0);
});

test('regions outside the AWS partitions are refused by name', () => {
  assert.equal(regionSchema.safeParse('eu-west-1').success, true);
  const parsed = regionSchema.safeParse('us-fake-1');
  assert.equal(parsed.success, false);
  assert.equal(parsed.error?.issues[0]?.message, 'unknown AWS region "us-fake-1"');
});
