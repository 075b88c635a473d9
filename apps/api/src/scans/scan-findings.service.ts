import { Injectable } from '@nestjs/common';
import { FindingsRepository, findingPositionSchema } from '@rolecall/persistence';
import { PageCursors } from '../common/page-cursors';
import type { FindingsQuery } from './scan-request.schema';
import { presentFinding } from './scan.presenter';
import { ScansService } from './scans.service';

@Injectable()
export class ScanFindingsService {
  constructor(
    private readonly scansService: ScansService,
    private readonly findings: FindingsRepository,
    private readonly cursors: PageCursors,
  ) {}

  async list(scanId: string, query: FindingsQuery) {
    await this.scansService.require(scanId);
    const { limit, cursor, ...filters } = query;
    const cursorScope = { list: 'scan-findings', scanId, ...filters };
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, findingPositionSchema);
    const page = await this.findings.list(scanId, filters, { limit, after });
    return {
      items: page.items.map(presentFinding),
      nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, cursorScope),
    };
  }
}
