import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Finding } from '@rolecall/model';
import { FindingAnnotator, sarifInput } from '@rolecall/publishing';
import { RequireScope } from '../auth/auth.decorators';
import { ZodValidationPipe } from '../common/zod-validation';
import { findingsQuerySchema, type FindingsQuery } from '../scans/scan-request.schema';
import { CurrentFindingsService } from './current-findings.service';
import { csvFile } from './csv-file';
import { wantsCsv } from './finding-csv';
import { sendSarif } from './sarif-response';

const CURRENT_STATE = 'current-state';

@ApiTags('findings')
@ApiBearerAuth()
@Controller('v1/findings')
export class FindingsController {
  constructor(
    private readonly current: CurrentFindingsService,
    private readonly annotator: FindingAnnotator,
  ) {}

  @Get()
  @RequireScope('findings:read')
  @ApiOperation({ summary: "The organization's current state: each account's latest completed result; Accept: text/csv streams every page" })
  async list(
    @Query(new ZodValidationPipe(findingsQuerySchema, 'query')) query: FindingsQuery,
    @Headers('accept') accept?: string,
  ) {
    if (!wantsCsv(accept)) return this.current.list(query);
    const { limit: _limit, cursor: _cursor, ...filters } = query;
    const annotator = this.annotator;
    const pages = this.current.pages(filters);
    return csvFile('rolecall-findings.csv', (async function* () {
      const matcher = await annotator.suppressionMatcher();
      for await (const page of pages) yield annotator.annotate(page, matcher);
    })());
  }

  @Get('sarif')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'The current state as SARIF 2.1.0' })
  async sarif(@Res() response: Response) {
    const all: Finding[] = [];
    for await (const page of this.current.pages({})) all.push(...page);
    const annotated = await this.annotator.annotate(all);
    await sendSarif(response, 'rolecall-current.sarif', sarifInput(CURRENT_STATE, CURRENT_STATE, null, annotated));
  }
}
