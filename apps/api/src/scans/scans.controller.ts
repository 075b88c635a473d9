import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { Contract } from '../contract/route-contract';
import { wantsCsv } from '../findings/finding-csv';
import { ScanFindingsService } from './scan-findings.service';
import { ScanNotAssessedService } from './scan-not-assessed.service';
import type { CreateScanRequest, FindingsQuery, ListScansQuery, NotAssessedQuery } from './scan-request.schema';
import { scanRoutes as routes } from './scans.contract';
import { ScansService } from './scans.service';

@Controller('v1/scans')
export class ScansController {
  constructor(
    private readonly scans: ScansService,
    private readonly findings: ScanFindingsService,
    private readonly notAssessed: ScanNotAssessedService,
  ) {}

  @Post()
  @HttpCode(202)
  @Contract(routes.create)
  @UseGuards(QueueAvailableGuard)
  async create(@Body(routes.create.validate.body) body: CreateScanRequest, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response) {
    const scan = await this.scans.create(body, principal);
    response.setHeader('Location', `/v1/scans/${scan.id}`);
    return scan;
  }

  @Get()
  @Contract(routes.list)
  list(@Query(routes.list.validate.query) query: ListScansQuery) {
    return this.scans.list(query.limit, query.cursor);
  }

  @Get(':id')
  @Contract(routes.get)
  get(@Param('id', routes.get.validate.param('id')) id: string) {
    return this.scans.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @Contract(routes.cancel)
  cancel(@Param('id', routes.cancel.validate.param('id')) id: string) {
    return this.scans.cancel(id);
  }

  @Get(':id/not-assessed')
  @Contract(routes.notAssessed)
  listNotAssessed(@Param('id', routes.notAssessed.validate.param('id')) id: string, @Query(routes.notAssessed.validate.query) query: NotAssessedQuery) {
    return this.notAssessed.list(id, query);
  }

  @Get(':id/findings')
  @Contract(routes.findings)
  listFindings(@Param('id', routes.findings.validate.param('id')) id: string, @Query(routes.findings.validate.query) query: FindingsQuery, @Headers('accept') accept?: string) {
    return wantsCsv(accept) ? this.findings.csv(id, query) : this.findings.list(id, query);
  }
}
