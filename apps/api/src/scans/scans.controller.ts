import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, RequireScope } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { ZodValidationPipe } from '../common/zod-validation';
import { wantsCsv } from '../findings/finding-csv';
import { ScanFindingsService } from './scan-findings.service';
import { ScanNotAssessedService } from './scan-not-assessed.service';
import {
  createScanSchema,
  findingsQuerySchema,
  listScansQuerySchema,
  notAssessedQuerySchema,
  scanIdSchema,
  type CreateScanRequest,
  type FindingsQuery,
  type NotAssessedQuery,
} from './scan-request.schema';
import { ScansService } from './scans.service';

const scanId = new ZodValidationPipe(scanIdSchema, 'path');

@ApiTags('scans')
@ApiBearerAuth()
@Controller('v1/scans')
export class ScansController {
  constructor(
    private readonly scans: ScansService,
    private readonly findings: ScanFindingsService,
    private readonly notAssessed: ScanNotAssessedService,
  ) {}

  @Post()
  @HttpCode(202)
  @RequireScope('scans:write')
  @UseGuards(QueueAvailableGuard)
  @ApiOperation({ summary: 'Start a scan of the organization or of listed accounts' })
  @ApiBody({ schema: z.toJSONSchema(createScanSchema, { io: 'input' }) as object })
  @ApiResponse({ status: 202, description: 'The scan, queued; Location names it' })
  async create(
    @Body(new ZodValidationPipe(createScanSchema, 'body')) body: CreateScanRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    const scan = await this.scans.create(body, principal);
    response.setHeader('Location', `/v1/scans/${scan.id}`);
    return scan;
  }

  @Get()
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'List scans, newest first' })
  list(@Query(new ZodValidationPipe(listScansQuerySchema, 'query')) query: z.infer<typeof listScansQuerySchema>) {
    return this.scans.list(query.limit, query.cursor);
  }

  @Get(':id')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'A scan with per-account progress, errors, collection gaps and counts by severity' })
  get(@Param('id', scanId) id: string) {
    return this.scans.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @RequireScope('scans:write')
  @ApiOperation({ summary: 'Cancel a scan; accounts not yet scanned are skipped' })
  cancel(@Param('id', scanId) id: string) {
    return this.scans.cancel(id);
  }

  @Get(':id/not-assessed')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'Where the scan\'s rules could not assess a resource (or a region of an account), with the AWS operations that failed' })
  listNotAssessed(@Param('id', scanId) id: string, @Query(new ZodValidationPipe(notAssessedQuerySchema, 'query')) query: NotAssessedQuery) {
    return this.notAssessed.list(id, query);
  }

  @Get(':id/findings')
  @RequireScope('findings:read')
  @ApiOperation({ summary: "A scan's findings, filtered, most severe first" })
  listFindings(
    @Param('id', scanId) id: string,
    @Query(new ZodValidationPipe(findingsQuerySchema, 'query')) query: FindingsQuery,
    @Headers('accept') accept?: string,
  ) {
    return wantsCsv(accept) ? this.findings.csv(id, query) : this.findings.list(id, query);
  }
}
