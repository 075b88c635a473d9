import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { pingDatabase, type Database } from '@rolecall/persistence';
import { DATABASE, REDIS } from '@rolecall/runtime';
import { Public } from '../auth/auth.decorators';

const PROBE_TIMEOUT_MS = 2000;

/** A dependency is up when it answers within the timeout. */
async function probe(check: () => Promise<boolean>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([check(), timeout])) ? 'up' : 'down';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness (the process answers) and readiness (Redis and the database answer); 503 when not ready. */
  @Get()
  @Public({ limitByAddress: false })
  @ApiOperation({ summary: 'Liveness and readiness of Redis and the database' })
  async check(@Res({ passthrough: true }) response: Response) {
    const [database, redis] = await Promise.all([
      probe(() => pingDatabase(this.database.db)),
      probe(async () => (await this.redis.ping()) === 'PONG'),
    ]);
    const ready = database === 'up' && redis === 'up';
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', live: true, checks: { database, redis } };
  }
}
