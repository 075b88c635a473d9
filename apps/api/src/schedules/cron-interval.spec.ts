import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortestCronGapSeconds } from './cron-interval';

test('the shortest gap between firings, in seconds', () => {
  const cases: [string, number | undefined][] = [
    ['* * * * * *', 1],
    ['*/10 * * * * *', 10],
    ['0 * * * * *', 60],
    ['* * * * *', 60],
    ['*/1 * * * *', 60],
    ['*/5 * * * *', 300],
    ['0,4 * * * *', 240],
    ['0,58 3 * * *', 3480],
    ['0,58 3,4 * * *', 120],
    ['58,2 * * * *', 240],
    ['10-20/5 * * * *', 300],
    ['0 3 * * *', 3600],
    ['0 */2 * * *', 3600],
    ['every day', undefined],
    ['L * * * *', undefined],
    ['70 * * * *', undefined],
  ];
  for (const [cron, gap] of cases) assert.equal(shortestCronGapSeconds(cron), gap, cron);
});
