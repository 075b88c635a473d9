import { Injectable } from '@nestjs/common';
import { NotAssessedRepository, notAssessedPositionSchema } from '@rolecall/persistence';
import { PageCursors } from '../common/page-cursors';
import type { NotAssessedQuery } from './scan-request.schema';
import { ScansService } from './scans.service';

/** Where a scan's rules could not assess its accounts, with the operations that failed. */
@Injectable()
export class ScanNotAssessedService {
  constructor(
    private readonly scans: ScansService,
    private readonly notAssessed: NotAssessedRepository,
    private readonly cursors: PageCursors,
  ) {}

  async list(scanId: string, query: NotAssessedQuery) {
    await this.scans.require(scanId);
    const { limit, cursor, ...filters } = query;
    const cursorScope = { list: 'scan-not-assessed', scanId, ...filters };
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, notAssessedPositionSchema);
    const page = await this.notAssessed.list(scanId, filters, { limit, after });
    return { items: page.items, nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, cursorScope) };
  }
}
