import type { Redis } from 'ioredis';

/** The limiter for requests without a valid token, keyed by client address. */
export const UNAUTHENTICATED_LIMITER = Symbol('rolecall.unauthenticatedLimiter');

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** A fixed one-minute window per key, kept in Redis so every api process shares it. */
export class RateLimiter {
  private static readonly WINDOW_MS = 60_000;

  constructor(
    private readonly redis: Redis,
    private readonly limitPerMinute: number,
    private readonly prefix: string,
  ) {}

  async consume(key: string): Promise<RateDecision> {
    const redisKey = `${this.prefix}:ratelimit:${key}`;
    const replies = await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, RateLimiter.WINDOW_MS, 'NX')
      .pttl(redisKey)
      .exec();
    const count = Number(replies?.[0]?.[1] ?? 0);
    const ttlMs = Math.max(Number(replies?.[2]?.[1] ?? RateLimiter.WINDOW_MS), 0);
    if (count <= this.limitPerMinute) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }
}
