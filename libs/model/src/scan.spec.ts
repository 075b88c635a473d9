import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanScopeSchema, severityRank } from '@rolecall/model';

test('scope accepts 12-digit accounts only', () => {
  assert.equal(scanScopeSchema.safeParse({ accounts: ['123456789012'] }).success, true);
  assert.equal(scanScopeSchema.safeParse({ accounts: ['12345'] }).success, false);
  assert.equal(severityRank('critical'), 0);
});
