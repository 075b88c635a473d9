import type { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { redisAddress } from './redis-address';

/**
 * Whether Redis answers, as the shared client sees it. An outage is logged once when it starts
 * (naming REDIS_URL, without credentials) and once when it ends, however many connections and
 * reconnection attempts fail in between; queues report their connection errors here too.
 */
export class RedisStatus {
  private outage = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly redisUrl: string,
  ) {
    redis.on('error', (error: Error) => this.report(error));
    redis.on('ready', () => this.recovered());
  }

  /** True when the shared client is connected and ready; false while it reconnects. */
  get available(): boolean {
    return this.redis.status === 'ready';
  }

  /** Why queued work cannot be taken now, for 503 answers and health. */
  get reason(): string {
    return `Redis (REDIS_URL ${redisAddress(this.redisUrl)}) is unavailable`;
  }

  /** Routes an emitter's (a BullMQ queue's) connection errors here instead of its default stack trace print. */
  watch(emitter: EventEmitter): void {
    emitter.on('error', (error: Error) => this.report(error));
  }

  report(error: Error & { code?: string }): void {
    if (this.outage) return;
    this.outage = true;
    this.logger.error({ redis: redisAddress(this.redisUrl), err: error.code ?? error.message }, `${this.reason}; retrying with backoff`);
  }

  private recovered(): void {
    if (!this.outage) return;
    this.outage = false;
    this.logger.info({ redis: redisAddress(this.redisUrl) }, 'Redis is reachable again');
  }
}
