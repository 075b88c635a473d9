import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisStatus } from '@rolecall/runtime';

/** The limiter for requests without a valid token, keyed by client address. */
export const UNAUTHENTICATED_LIMITER = Symbol('rolecall.unauthenticatedLimiter');

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * A fixed one-minute window per key, kept in Redis so every api process shares it. While Redis is
 * unavailable it counts in this process instead (said once in the log), so reads keep working.
 */
export class RateLimiter {
  private static readonly WINDOW_MS = 60_000;
  private readonly local = new Map<string, { count: number; resetAt: number }>();
  private fallingBack = false;

  constructor(
    private readonly redis: Redis,
    private readonly limitPerMinute: number,
    private readonly prefix: string,
    private readonly status: Pick<RedisStatus, 'available'>,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async consume(key: string): Promise<RateDecision> {
    if (this.status.available) {
      try {
        const decision = await this.consumeShared(key);
        this.fallingBack = false;
        return decision;
      } catch (error) {
        return this.consumeLocal(key, error as Error);
      }
    }
    return this.consumeLocal(key);
  }

  private async consumeShared(key: string): Promise<RateDecision> {
    const redisKey = `${this.prefix}:ratelimit:${key}`;
    const replies = await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, RateLimiter.WINDOW_MS, 'NX')
      .pttl(redisKey)
      .exec();
    const count = Number(replies?.[0]?.[1] ?? 0);
    const ttlMs = Math.max(Number(replies?.[2]?.[1] ?? RateLimiter.WINDOW_MS), 0);
    return this.decide(count, ttlMs);
  }

  private consumeLocal(key: string, error?: Error): RateDecision {
    if (!this.fallingBack) {
      this.fallingBack = true;
      this.logger.warn({ err: error?.message ?? 'Redis unavailable' }, 'rate limits are counted in this api process only until Redis is back');
    }
    const now = this.now();
    if (this.local.size > 10_000) for (const [stale, window] of this.local) if (window.resetAt <= now) this.local.delete(stale);
    let window = this.local.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + RateLimiter.WINDOW_MS };
      this.local.set(key, window);
    }
    window.count += 1;
    return this.decide(window.count, window.resetAt - now);
  }

  private decide(count: number, ttlMs: number): RateDecision {
    if (count <= this.limitPerMinute) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }
}
