import { Injectable, NotFoundException } from '@nestjs/common';
import { IdentitiesRepository, ScansRepository, identityPositionSchema } from '@rolecall/persistence';
import { PageCursors } from '../common/page-cursors';
import type { IdentitiesQuery } from './identities-query.schema';

@Injectable()
export class IdentitiesService {
  constructor(
    private readonly scans: ScansRepository,
    private readonly identities: IdentitiesRepository,
    private readonly cursors: PageCursors,
  ) {}

  async list(scanId: string, query: IdentitiesQuery) {
    if (!(await this.scans.get(scanId))) throw new NotFoundException(`scan ${scanId} not found`);
    const { limit, cursor, ...filters } = query;
    const cursorScope = { list: 'scan-identities', scanId, ...filters };
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, cursorScope, identityPositionSchema);
    const page = await this.identities.list(scanId, filters, { limit, after });
    return {
      items: page.items,
      nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, cursorScope),
    };
  }
}
