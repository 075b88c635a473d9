import type { Kysely } from 'kysely';
import { z } from 'zod';
import { severityRank, severitySchema, type Finding } from '@rolecall/model';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { toFinding, toFindingPosition, type FindingPosition } from './finding';

export const findingFiltersSchema = z.object({
  severity: severitySchema.optional(),
  ruleId: z.string().optional(),
  accountId: z.string().optional(),
  region: z.string().optional(),
  resourceType: z.string().optional(),
});
export type FindingFilters = z.infer<typeof findingFiltersSchema>;

export const findingPositionSchema = z.object({
  severityRank: z.number().int().min(0).max(4),
  seq: z.number().int().nonnegative(),
});

export class FindingsRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /**
   * A scan's findings, most severe first, then in insertion order. Keyset pagination on
   * (severity_rank, seq): pass the previous page's `last` as `after`; rows written meanwhile
   * never shift a page, so nothing is repeated or skipped.
   */
  async list(
    scanId: string,
    filters: FindingFilters,
    page: { limit: number; after?: FindingPosition },
  ): Promise<Page<Finding, FindingPosition>> {
    const { severity, ruleId, accountId, region, resourceType } = findingFiltersSchema.parse(filters);
    const limit = pageLimitSchema.parse(page.limit);
    const after = findingPositionSchema.optional().parse(page.after);
    if (!isUuid(scanId)) return { items: [] };

    let query = this.db
      .selectFrom('findings')
      .selectAll()
      .where('scan_id', '=', scanId)
      .orderBy('severity_rank')
      .orderBy('seq')
      .limit(limit + 1);
    if (severity !== undefined) query = query.where('severity_rank', '=', severityRank(severity));
    if (ruleId !== undefined) query = query.where('rule_id', '=', ruleId);
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    if (region !== undefined) query = query.where('region', '=', region);
    if (resourceType !== undefined) query = query.where('resource_type', '=', resourceType);
    if (after !== undefined) {
      query = query.where((eb) =>
        eb(eb.refTuple('severity_rank', 'seq'), '>', eb.tuple(after.severityRank, String(after.seq))),
      );
    }
    return toPage(await query.execute(), limit, toFinding, toFindingPosition);
  }
}
