import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ScanHistoryRepository, ScansRepository, type Scan } from '@rolecall/persistence';
import { FindingAnnotator, ScanSarif } from '@rolecall/publishing';
import { Contract } from '../contract/route-contract';
import { presentAnnotatedFinding } from '../findings/finding.presenter';
import type { DiffResponse } from '../findings/finding.response';
import { sendSarif } from '../findings/sarif-response';
import { presentFinding } from '../scans/scan.presenter';
import { reportRoutes as routes } from './reports.contract';

@Controller('v1/scans')
export class ReportsController {
  constructor(
    private readonly scans: ScansRepository,
    private readonly history: ScanHistoryRepository,
    private readonly sarifs: ScanSarif,
    private readonly annotator: FindingAnnotator,
  ) {}

  @Get(':id/diff')
  @Contract(routes.diff)
  async diff(@Param('id', routes.diff.validate.param('id')) id: string): Promise<DiffResponse> {
    await this.require(id);
    const diff = await this.history.diff(id);
    const matcher = await this.annotator.suppressionMatcher();
    const annotate = async (list: typeof diff.new) => (await this.annotator.annotate(list, matcher)).map(presentAnnotatedFinding);
    return {
      scanId: id,
      previousScanId: diff.previousScanId,
      summary: { new: diff.new.length, unchanged: diff.unchanged.length, resolved: diff.resolved.length },
      new: await annotate(diff.new),
      unchanged: await annotate(diff.unchanged),
      resolved: diff.resolved.map(presentFinding),
    };
  }

  @Get(':id/sarif')
  @Contract(routes.sarif)
  async sarif(@Param('id', routes.sarif.validate.param('id')) id: string, @Res() response: Response) {
    const scan = await this.require(id);
    await sendSarif(response, `rolecall-${id}.sarif`, await this.sarifs.input(scan));
  }

  private async require(id: string): Promise<Scan> {
    const scan = await this.scans.get(id);
    if (!scan) throw new NotFoundException(`scan ${id} not found`);
    return scan;
  }
}
