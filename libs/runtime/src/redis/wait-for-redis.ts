import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { redisAddress } from './redis-address';

export interface WaitForRedisOptions {
  /** First wait between attempts; doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Stops waiting (SIGINT, SIGTERM). */
  signal?: AbortSignal;
}

/**
 * Resolves once Redis answers PING, or false when `signal` aborts first. Each failed attempt is one
 * log line naming REDIS_URL (no stack trace) and the next delay, which doubles up to `maxDelayMs`.
 */
export async function waitForRedis(redisUrl: string, logger: Logger, options: WaitForRedisOptions = {}): Promise<boolean> {
  const { initialDelayMs = 500, maxDelayMs = 30_000, signal } = options;
  for (let delay = initialDelayMs; !signal?.aborted; delay = Math.min(delay * 2, maxDelayMs)) {
    const failure = await ping(redisUrl);
    if (failure === undefined) return true;
    logger.error({ redis: redisAddress(redisUrl), err: failure, retryInMs: delay }, `Redis (REDIS_URL ${redisAddress(redisUrl)}) is unreachable: ${failure}; retrying in ${delay} ms`);
    await sleep(delay, signal);
  }
  return false;
}

async function ping(redisUrl: string): Promise<string | undefined> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, connectTimeout: 5000 });
  // The socket's error (ECONNREFUSED, ENOTFOUND ...) says more than connect's "Connection is closed".
  let cause: string | undefined;
  client.on('error', (error: Error & { code?: string }) => void (cause ??= error.code ?? error.message));
  try {
    await client.connect();
    return (await client.ping()) === 'PONG' ? undefined : 'no PONG';
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    return cause ?? code ?? message;
  } finally {
    client.disconnect();
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
