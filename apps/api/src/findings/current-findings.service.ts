import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Finding } from '@rolecall/model';
import { CurrentFindingsRepository, findingPositionSchema, type FindingFilters, type FindingPosition } from '@rolecall/persistence';
import { FindingAnnotator } from '@rolecall/publishing';
import { PageCursors } from '../common/page-cursors';
import type { FindingsQuery } from '../scans/scan-request.schema';
import { presentAnnotatedFinding } from './finding.presenter';

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
    const { limit, cursor, ...filters } = query;
    const cursorScope = { list: 'current-findings', ...filters };
    const position = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, cursorSchema);
    const snapshotId = position?.snapshotId ?? (await this.current.snapshot());
    const page = await this.current.list(snapshotId, filters, { limit, after: position?.after });
    return {
      items: (await this.annotator.annotate(page.items)).map((finding) => ({ ...presentAnnotatedFinding(finding), scanId: finding.scanId })),
      nextCursor: page.last === undefined ? null : await this.cursors.encode({ snapshotId, after: page.last }, cursorScope),
    };
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
