import type { Kysely } from 'kysely';
import { z } from 'zod';
import { severityRank, severitySchema, type Finding } from '@rolecall/model';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { toFinding, toFindingPosition, type FindingPosition } from './finding';

export const findingFiltersSchema = z.object({
  /** One severity or several (any of them matches); always an array once parsed. */
  severity: z
    .union([severitySchema, z.array(severitySchema).min(1)])
    .transform((value) => [value].flat())
    .optional(),
  ruleId: z.string().optional(),
  accountId: z.string().optional(),
  region: z.string().optional(),
  resourceType: z.string().optional(),
});
export type FindingFilters = z.input<typeof findingFiltersSchema>;

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

    // Two steps: find the page's keys from one covering index (an index-only scan, even when the
    // filters match few rows), then read just those rows through the unique index on seq.
    let keys = this.db
      .selectFrom('findings')
      .select('seq')
      .where('scan_id', '=', scanId)
      .orderBy('severity_rank')
      .orderBy('seq')
      .limit(limit + 1);
    if (severity !== undefined) keys = keys.where('severity_rank', 'in', severity.map(severityRank));
    if (ruleId !== undefined) keys = keys.where('rule_id', '=', ruleId);
    if (accountId !== undefined) keys = keys.where('account_id', '=', accountId);
    if (region !== undefined) keys = keys.where('region', '=', region);
    if (resourceType !== undefined) keys = keys.where('resource_type', '=', resourceType);
    if (after !== undefined) {
      keys = keys.where((eb) => eb(eb.refTuple('severity_rank', 'seq'), '>', eb.tuple(after.severityRank, String(after.seq))));
    }
    const rows = await this.db
      .selectFrom('findings')
      .selectAll()
      .where('seq', 'in', keys)
      .orderBy('severity_rank')
      .orderBy('seq')
      .execute();
    return toPage(rows, limit, toFinding, toFindingPosition);
  }
}
