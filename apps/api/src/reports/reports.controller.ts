import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ScanHistoryRepository, ScansRepository, type Scan } from '@rolecall/persistence';
import { FindingAnnotator, ScanSarif } from '@rolecall/publishing';
import { RequireScope } from '../auth/auth.decorators';
import { ZodValidationPipe } from '../common/zod-validation';
import { presentAnnotatedFinding } from '../findings/finding.presenter';
import { sendSarif } from '../findings/sarif-response';
import { presentFinding } from '../scans/scan.presenter';
import { scanIdSchema } from '../scans/scan-request.schema';

const scanId = new ZodValidationPipe(scanIdSchema, 'path');

@ApiTags('scans')
@ApiBearerAuth()
@Controller('v1/scans')
export class ReportsController {
  constructor(
    private readonly scans: ScansRepository,
    private readonly history: ScanHistoryRepository,
    private readonly sarifs: ScanSarif,
    private readonly annotator: FindingAnnotator,
  ) {}

  @Get(':id/diff')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'New, unchanged and resolved findings against the previous completed scan of the same scope' })
  async diff(@Param('id', scanId) id: string) {
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
  @RequireScope('findings:read')
  @ApiOperation({ summary: "The scan's findings as SARIF 2.1.0 for GitHub code scanning (absent results are never included)" })
  async sarif(@Param('id', scanId) id: string, @Res() response: Response) {
    const scan = await this.require(id);
    await sendSarif(response, `rolecall-${id}.sarif`, await this.sarifs.input(scan));
  }

  private async require(id: string): Promise<Scan> {
    const scan = await this.scans.get(id);
    if (!scan) throw new NotFoundException(`scan ${id} not found`);
    return scan;
  }
}
