import { sql, type Kysely } from 'kysely';
import { severityRank, type Finding } from '@rolecall/model';
import { toFinding, toFindingPosition, type FindingPosition } from '../findings/finding';
import { findingFiltersSchema, findingPositionSchema, type FindingFilters } from '../findings/findings.repository';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { withOutputTables, type OutputsSchema } from './outputs-schema';

/**
 * The organization's current state: for every account, the findings of its latest completed
 * (succeeded or partial) account result. A listing's first page fixes the (scan, account) pairs
 * in a snapshot; later pages read the same pairs, so results written meanwhile never shift them.
 */
export class CurrentFindingsRepository {
  private readonly db: Kysely<OutputsSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = withOutputTables(db);
  }

  /** Records the current (scan, account) pairs; returns the snapshot id. Drops snapshots older than a day. */
  async snapshot(): Promise<string> {
    return this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('finding_snapshots').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
      const { id } = await tx.insertInto('finding_snapshots').defaultValues().returning('id').executeTakeFirstOrThrow();
      await sql`insert into finding_snapshot_pairs (snapshot_id, scan_id, account_id)
        select distinct on (account_id) ${id}::uuid, scan_id, account_id from scan_accounts
        where status in ('succeeded', 'partial') and finished_at is not null
        order by account_id, finished_at desc`.execute(tx);
      return id;
    });
  }

  async exists(snapshotId: string): Promise<boolean> {
    if (!isUuid(snapshotId)) return false;
    return (await this.db.selectFrom('finding_snapshots').select('id').where('id', '=', snapshotId).executeTakeFirst()) !== undefined;
  }

  /** The snapshot's findings, most severe first, then in insertion order (keyset on severity_rank, seq). */
  async list(snapshotId: string, filters: FindingFilters, page: { limit: number; after?: FindingPosition }): Promise<Page<Finding, FindingPosition>> {
    const { severity, ruleId, accountId, region, resourceType } = findingFiltersSchema.parse(filters);
    const limit = pageLimitSchema.parse(page.limit);
    const after = findingPositionSchema.optional().parse(page.after);
    if (!isUuid(snapshotId)) return { items: [] };
    let query = this.db
      .selectFrom('findings')
      .innerJoin('finding_snapshot_pairs as pair', (join) =>
        join.onRef('pair.scan_id', '=', 'findings.scan_id').onRef('pair.account_id', '=', 'findings.account_id'),
      )
      .selectAll('findings')
      .where('pair.snapshot_id', '=', snapshotId)
      .orderBy('findings.severity_rank')
      .orderBy('findings.seq')
      .limit(limit + 1);
    if (severity !== undefined) query = query.where('findings.severity_rank', '=', severityRank(severity));
    if (ruleId !== undefined) query = query.where('findings.rule_id', '=', ruleId);
    if (accountId !== undefined) query = query.where('findings.account_id', '=', accountId);
    if (region !== undefined) query = query.where('findings.region', '=', region);
    if (resourceType !== undefined) query = query.where('findings.resource_type', '=', resourceType);
    if (after !== undefined) {
      query = query.where((eb) => eb(eb.refTuple('findings.severity_rank', 'findings.seq'), '>', eb.tuple(after.severityRank, String(after.seq))));
    }
    return toPage(await query.execute(), limit, toFinding, toFindingPosition);
  }
}
