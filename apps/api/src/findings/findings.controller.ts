import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Finding } from '@rolecall/model';
import { FindingAnnotator, sarifInput } from '@rolecall/publishing';
import { Contract } from '../contract/route-contract';
import type { FindingsQuery } from '../scans/scan-request.schema';
import { CurrentFindingsService } from './current-findings.service';
import { wantsCsv } from './finding-csv';
import { findingRoutes as routes } from './findings.contract';
import { sendSarif } from './sarif-response';

const CURRENT_STATE = 'current-state';

@Controller('v1/findings')
export class FindingsController {
  constructor(
    private readonly current: CurrentFindingsService,
    private readonly annotator: FindingAnnotator,
  ) {}

  @Get()
  @Contract(routes.list)
  async list(@Query(routes.list.validate.query) query: FindingsQuery, @Headers('accept') accept?: string) {
    return wantsCsv(accept) ? this.current.csv(query) : this.current.list(query);
  }

  @Get('sarif')
  @Contract(routes.sarif)
  async sarif(@Res() response: Response) {
    const all: Finding[] = [];
    for await (const page of this.current.pages({})) all.push(...page);
    const annotated = await this.annotator.annotate(all);
    await sendSarif(response, 'rolecall-current.sarif', sarifInput(CURRENT_STATE, CURRENT_STATE, null, annotated));
  }
}
