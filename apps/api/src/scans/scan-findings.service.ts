import { Injectable, type StreamableFile } from '@nestjs/common';
import { FindingsRepository, findingPositionSchema } from '@rolecall/persistence';
import { FindingAnnotator, ScanFindingsReader } from '@rolecall/publishing';
import { PageCursors } from '../common/page-cursors';
import { annotatedCsvFile } from '../findings/csv-file';
import { inStates } from '../findings/finding-states';
import { presentAnnotatedFinding } from '../findings/finding.presenter';
import type { FindingsQuery } from './scan-request.schema';
import { ScansService } from './scans.service';

@Injectable()
export class ScanFindingsService {
  constructor(
    private readonly scansService: ScansService,
    private readonly findings: FindingsRepository,
    private readonly cursors: PageCursors,
    private readonly annotator: FindingAnnotator,
    private readonly reader: ScanFindingsReader,
  ) {}

  /** Accept: text/csv -> every page matching the filters as one CSV document (limit and cursor ignored). */
  async csv(scanId: string, query: FindingsQuery): Promise<StreamableFile> {
    await this.scansService.require(scanId);
    const { limit: _limit, cursor: _cursor, state, ...filters } = query;
    return annotatedCsvFile(`rolecall-${scanId}.csv`, this.reader.pages(scanId, filters), this.annotator, state);
  }

  async list(scanId: string, query: FindingsQuery) {
    await this.scansService.require(scanId);
    const { limit, cursor, state, ...filters } = query;
    const cursorScope = { list: 'scan-findings', scanId, state, ...filters };
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, findingPositionSchema);
    const page = await this.findings.list(scanId, filters, { limit, after });
    return {
      items: (await this.annotator.annotate(page.items)).filter(inStates(state)).map(presentAnnotatedFinding),
      nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, cursorScope),
    };
  }
}
