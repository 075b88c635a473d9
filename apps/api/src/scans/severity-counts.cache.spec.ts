import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Severity } from '@rolecall/model';
import { SeverityCountsCache } from './severity-counts.cache';

const counts = (high: number): Record<Severity, number> => ({ critical: 0, high, medium: 0, low: 0, info: 0 });

test('counts are computed once per scan and suppression set; concurrent requests share the computation', async () => {
  const cache = new SeverityCountsCache();
  let computations = 0;
  const compute = async () => counts(++computations);
  const setA = SeverityCountsCache.suppressionSetKey(['b', 'a']);
  assert.equal(setA, SeverityCountsCache.suppressionSetKey(['a', 'b']));
  const [first, second] = await Promise.all([cache.get('scan-1', setA, compute), cache.get('scan-1', setA, compute)]);
  assert.deepEqual([first.high, second.high, computations], [1, 1, 1]);
  assert.equal((await cache.get('scan-1', SeverityCountsCache.suppressionSetKey(['a']), compute)).high, 2);
  assert.equal((await cache.get('scan-2', setA, compute)).high, 3);
  assert.equal((await cache.get('scan-1', setA, compute)).high, 1);
});

test('a failed computation is not kept; the cache stays bounded', async () => {
  const cache = new SeverityCountsCache();
  await assert.rejects(cache.get('scan', 'k', async () => Promise.reject(new Error('database down'))), /database down/);
  assert.equal((await cache.get('scan', 'k', async () => counts(7))).high, 7);
  let computations = 0;
  for (let index = 0; index <= SeverityCountsCache.MAX_ENTRIES; index++) await cache.get(`scan-${index}`, 'k', async () => counts(++computations));
  await cache.get('scan-0', 'k', async () => counts(++computations));
  assert.equal(computations, SeverityCountsCache.MAX_ENTRIES + 2);
});
