import { Injectable, type StreamableFile } from '@nestjs/common';
import { z } from 'zod';
import type { Finding } from '@rolecall/model';
import { CurrentFindingsRepository, findingPositionSchema, type FindingFilters, type FindingPosition } from '@rolecall/persistence';
import { FindingAnnotator } from '@rolecall/publishing';
import { PageCursors } from '../common/page-cursors';
import type { FindingsQuery } from '../scans/scan-request.schema';
import { annotatedCsvFile } from './csv-file';
import { presentAnnotatedFinding } from './finding.presenter';
import { inStates } from './finding-states';

/** A current-state cursor: the snapshot fixed at the first page and the position in it. */
const cursorSchema = z.object({ snapshotId: z.string().uuid(), after: findingPositionSchema });

/** GET /v1/findings: for every account, the findings of its latest completed result. */
@Injectable()
export class CurrentFindingsService {
  constructor(
    private readonly current: CurrentFindingsRepository,
    private readonly annotator: FindingAnnotator,
    private readonly cursors: PageCursors,
  ) {}

  async list(query: FindingsQuery) {
    const { limit, cursor, state, ...filters } = query;
    const cursorScope = { list: 'current-findings', state, ...filters };
    const position = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, cursorSchema);
    const snapshotId = position?.snapshotId ?? (await this.current.snapshot());
    const page = await this.current.list(snapshotId, filters, { limit, after: position?.after });
    return {
      items: (await this.annotator.annotate(page.items)).filter(inStates(state)).map((finding) => ({ ...presentAnnotatedFinding(finding), scanId: finding.scanId })),
      nextCursor: page.last === undefined ? null : await this.cursors.encode({ snapshotId, after: page.last }, cursorScope),
    };
  }

  /** Accept: text/csv -> every current finding matching the filters as one CSV document (limit and cursor ignored). */
  csv(query: FindingsQuery): StreamableFile {
    const { limit: _limit, cursor: _cursor, state, ...filters } = query;
    return annotatedCsvFile('rolecall-findings.csv', this.pages(filters), this.annotator, state);
  }

  /** Every current finding matching the filters, page by page, from one snapshot. */
  async *pages(filters: FindingFilters): AsyncGenerator<Finding[]> {
    const snapshotId = await this.current.snapshot();
    let after: FindingPosition | undefined;
    do {
      const page = await this.current.list(snapshotId, filters, { limit: 1000, after });
      if (page.items.length > 0) yield page.items;
      after = page.last;
    } while (after);
  }
}
