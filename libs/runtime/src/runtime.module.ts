import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { decodeKey, type RolecallConfig } from '@rolecall/config';
import { ScanQueues, UploadQueue } from '@rolecall/jobs';
import {
  FindingsRepository,
  ScanAccountsRepository,
  ScansRepository,
  TokensRepository,
  openDatabase,
  verifyEncryptionKey,
  type Database,
} from '@rolecall/persistence';
import { RedisStatus } from './redis/redis-status';
import { CONFIG, DATABASE, LOGGER, REDIS } from './tokens';

export interface RuntimeOptions {
  config: RolecallConfig;
  logger: Logger;
}

/** Closes what the runtime opened, in reverse order of need. */
class RuntimeShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly queues: ScanQueues,
    private readonly uploads: UploadQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.queues.close(), this.uploads.close()]);
    this.redis.disconnect();
    await this.database.close();
  }
}

/** Config, logger, database, repositories, Redis and the scan and upload queues, shared by api and worker. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot({ config, logger }: RuntimeOptions): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: DATABASE,
          useFactory: () => openCheckedDatabase(config),
        },
        {
          // No offline queue: while Redis is down a command fails at once (health, rate limits) instead of waiting.
          provide: REDIS,
          useFactory: () => connectRedis(config.REDIS_URL),
        },
        { provide: RedisStatus, inject: [REDIS], useFactory: (redis: Redis) => new RedisStatus(redis, logger, config.REDIS_URL) },
        {
          provide: ScanQueues,
          inject: [RedisStatus],
          useFactory: (status: RedisStatus) => {
            const queues = new ScanQueues({ connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.ROLECALL_QUEUE_PREFIX });
            for (const emitter of queues.emitters()) status.watch(emitter);
            return queues;
          },
        },
        {
          provide: UploadQueue,
          inject: [RedisStatus],
          useFactory: (status: RedisStatus) => {
            const uploads = new UploadQueue({ connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.ROLECALL_QUEUE_PREFIX });
            status.watch(uploads.queue);
            return uploads;
          },
        },
        repository(TokensRepository),
        repository(ScansRepository),
        repository(ScanAccountsRepository),
        repository(FindingsRepository),
        RuntimeShutdown,
      ],
      exports: [CONFIG, LOGGER, DATABASE, REDIS, RedisStatus, ScanQueues, UploadQueue, TokensRepository, ScansRepository, ScanAccountsRepository, FindingsRepository],
    };
  }
}

/** Opens the database and, with ROLECALL_ENCRYPTION_KEY set, refuses a key other than the one it first used. */
async function openCheckedDatabase(config: RolecallConfig): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.ROLECALL_DATA_DIR });
  const key = config.ROLECALL_ENCRYPTION_KEY && decodeKey(config.ROLECALL_ENCRYPTION_KEY);
  if (key) {
    try {
      await verifyEncryptionKey(database.db, key);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

/** The shared client, once ready (bounded: the process waited for Redis before booting, see awaitRedis). */
async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false, enableOfflineQueue: false, retryStrategy: (times) => Math.min(times * 200, 5000) });
  // RedisStatus logs errors once per outage; until it listens, errors are not printed as unhandled.
  redis.on('error', () => undefined);
  if (redis.status !== 'ready') {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 5000);
      redis.once('ready', resolve);
    });
    clearTimeout(timer);
  }
  return redis;
}

function repository<T>(type: new (db: Database['db']) => T) {
  return { provide: type, useFactory: (database: Database) => new type(database.db), inject: [DATABASE] };
}
