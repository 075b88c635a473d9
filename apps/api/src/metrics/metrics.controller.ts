import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sql } from 'kysely';
import { SCAN_STATUSES } from '@rolecall/model';
import type { Database } from '@rolecall/persistence';
import { DATABASE, processMetrics } from '@rolecall/runtime';
import { Public } from '../auth/auth.decorators';

/** Prometheus text: this process's counters (and the worker's, in dev mode) plus scans by state from the database. */
@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Prometheus metrics: scans by state, accounts scanned, AWS calls, throttles, job latency, findings by severity' })
  async metrics(@Res() response: Response): Promise<void> {
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
}
