import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';
import type { RolecallConfig } from '@rolecall/config';
import type { Response } from 'express';
import { sql } from 'kysely';
import { SCAN_STATUSES } from '@rolecall/model';
import type { Database } from '@rolecall/persistence';
import { CONFIG, DATABASE, processMetrics } from '@rolecall/runtime';
import { Public } from '../auth/auth.decorators';
import { tokensMatch } from '../auth/token-secrets';
import { Contract } from '../contract/route-contract';
import { metricsRoutes as routes } from './metrics.contract';

/** Prometheus text: this process's counters (and the worker's, in dev mode) plus scans by state from the database. */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CONFIG) private readonly config: RolecallConfig,
  ) {}

  @Get()
  @Public()
  @Contract(routes.metrics)
  async metrics(@Res() response: Response, @Headers('authorization') authorization?: string): Promise<void> {
    this.checkToken(authorization);
    const metrics = processMetrics();
    const rows = await this.database.db
      .selectFrom('scans')
      .select(['status', sql<string>`count(*)`.as('count')])
      .groupBy('status')
      .execute();
    for (const state of SCAN_STATUSES) {
      metrics.scans.set({ state }, Number(rows.find((row) => row.status === state)?.count ?? 0));
    }
    response.setHeader('cache-control', 'no-store');
    response.type(metrics.contentType).send(await metrics.text());
  }

  private checkToken(authorization: string | undefined): void {
    const expected = this.config.ROLECALL_METRICS_TOKEN;
    if (!expected) return;
    const presented = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization ?? '')?.[1];
    if (!presented || !tokensMatch(presented, expected)) {
      throw new UnauthorizedException('/metrics needs "Authorization: Bearer <ROLECALL_METRICS_TOKEN>"');
    }
  }
}
