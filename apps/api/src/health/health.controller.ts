import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { pingDatabase, type Database } from '@rolecall/persistence';
import { DATABASE, REDIS } from '@rolecall/runtime';
import { Public } from '../auth/auth.decorators';
import { Contract } from '../contract/route-contract';
import { healthRoutes as routes, type HealthResponse } from './health.contract';

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

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness (the process answers) and readiness (Redis and the database answer); 503 when not ready. */
  @Get()
  @Public({ limitByAddress: false })
  @Contract(routes.check)
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([
      probe(() => pingDatabase(this.database.db)),
      probe(async () => (await this.redis.ping()) === 'PONG'),
    ]);
    const ready = database === 'up' && redis === 'up';
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', live: true, checks: { database, redis } };
  }
}
