import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffFindings } from './finding-diff';

test('splits findings into new, unchanged and resolved by fingerprint', () => {
  const previous = [{ fingerprint: 'a', scan: 1 }, { fingerprint: 'b', scan: 1 }];
  const current = [{ fingerprint: 'b', scan: 2 }, { fingerprint: 'c', scan: 2 }];
  assert.deepEqual(diffFindings(current, previous), {
    new: [{ fingerprint: 'c', scan: 2 }],
    unchanged: [{ fingerprint: 'b', scan: 2 }],
    resolved: [{ fingerprint: 'a', scan: 1 }],
  });
  assert.deepEqual(diffFindings(current, current), { new: [], unchanged: current, resolved: [] });
  assert.deepEqual(diffFindings(current, []), { new: current, unchanged: [], resolved: [] });
});
