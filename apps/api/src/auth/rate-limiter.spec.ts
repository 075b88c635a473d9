import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { createLogger } from '@rolecall/runtime';
import { RateLimiter } from './rate-limiter';

test('while Redis is unavailable, limits are counted in the process and the fallback is logged once', async () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  let calls = 0;
  const redis = { multi: () => void (calls += 1) } as unknown as Redis;
  let now = 1_000_000;
  const limiter = new RateLimiter(redis, 3, 'p', { available: false }, logger, () => now);
  const decisions = [];
  for (let i = 0; i < 5; i += 1) decisions.push(await limiter.consume('token-a'));
  assert.deepEqual(decisions.map((d) => [d.allowed, d.retryAfterSeconds]), [[true, 0], [true, 0], [true, 0], [false, 60], [false, 60]]);
  assert.deepEqual(await limiter.consume('token-b'), { allowed: true, retryAfterSeconds: 0 });
  now += 60_000;
  assert.deepEqual(await limiter.consume('token-a'), { allowed: true, retryAfterSeconds: 0 });
  assert.equal(calls, 0);
  assert.deepEqual(lines.map((line) => (JSON.parse(line) as { msg: string }).msg), ['rate limits are counted in this api process only until Redis is back']);
});

test('a Redis error during the count falls back instead of failing the request', async () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const failing = { multi: () => ({ incr: () => ({ pexpire: () => ({ pttl: () => ({ exec: () => Promise.reject(new Error('Connection is closed.')) }) }) }) }) } as unknown as Redis;
  const limiter = new RateLimiter(failing, 10, 'p', { available: true }, logger);
  assert.deepEqual(await limiter.consume('token-a'), { allowed: true, retryAfterSeconds: 0 });
  assert.deepEqual(await limiter.consume('token-a'), { allowed: true, retryAfterSeconds: 0 });
  assert.equal(lines.length, 1);
  assert.match(lines[0], /"err":"Connection is closed\."/);
});
