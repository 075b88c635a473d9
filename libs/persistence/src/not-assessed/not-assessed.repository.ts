import { sql, type Kysely, type Selectable } from 'kysely';
import { z } from 'zod';
import type { NotAssessed } from '@rolecall/model';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { NotAssessedTable, Schema } from '../schema';
import { isUuid } from '../uuid';

export const notAssessedFiltersSchema = z.object({
  ruleId: z.string().optional(),
  accountId: z.string().optional(),
  region: z.string().optional(),
});
export type NotAssessedFilters = z.infer<typeof notAssessedFiltersSchema>;

export const notAssessedPositionSchema = z.object({ seq: z.number().int().nonnegative() });
export type NotAssessedPosition = z.infer<typeof notAssessedPositionSchema>;

/** A scan's coverage in numbers: entries, and the (rule, account) pairs with at least one. */
export interface CoverageCounts {
  entries: number;
  rulesAccountsNotAssessed: number;
}

/** Where a scan's rules could not assess its accounts. */
export class NotAssessedRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** In the order written (by account, then rule); keyset on seq. */
  async list(scanId: string, filters: NotAssessedFilters, page: { limit: number; after?: NotAssessedPosition }): Promise<Page<NotAssessed, NotAssessedPosition>> {
    const { ruleId, accountId, region } = notAssessedFiltersSchema.parse(filters);
    const limit = pageLimitSchema.parse(page.limit);
    const after = notAssessedPositionSchema.optional().parse(page.after);
    if (!isUuid(scanId)) return { items: [] };
    let query = this.db.selectFrom('not_assessed').selectAll().where('scan_id', '=', scanId).orderBy('seq').limit(limit + 1);
    if (ruleId !== undefined) query = query.where('rule_id', '=', ruleId);
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    if (region !== undefined) query = query.where('region', '=', region);
    if (after !== undefined) query = query.where('seq', '>', String(after.seq));
    return toPage(await query.execute(), limit, toNotAssessed, (row) => ({ seq: Number(row.seq) }));
  }

  async counts(scanId: string): Promise<CoverageCounts> {
    if (!isUuid(scanId)) return { entries: 0, rulesAccountsNotAssessed: 0 };
    const row = await this.db
      .selectFrom('not_assessed')
      .select([sql<string>`count(*)`.as('entries'), sql<string>`count(distinct (rule_id, account_id))`.as('pairs')])
      .where('scan_id', '=', scanId)
      .executeTakeFirstOrThrow();
    return { entries: Number(row.entries), rulesAccountsNotAssessed: Number(row.pairs) };
  }
}

function toNotAssessed(row: Selectable<NotAssessedTable>): NotAssessed {
  return { ruleId: row.rule_id, accountId: row.account_id, region: row.region, resource: row.resource, missing: row.missing };
}
