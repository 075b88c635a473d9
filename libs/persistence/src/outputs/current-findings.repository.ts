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

  /**
   * The snapshot's findings, most severe first, then in insertion order (keyset on severity_rank, seq).
   * Per scan in the snapshot, a lateral subquery walks that scan's covering index in order and stops
   * after a page (the pair check is a scalar subquery, a per-row primary-key probe the planner cannot
   * turn into a join and a sort); the pages are merged, then only the kept rows are read.
   */
  async list(snapshotId: string, filters: FindingFilters, page: { limit: number; after?: FindingPosition }): Promise<Page<Finding, FindingPosition>> {
    const { severity, ruleId, accountId, region, resourceType } = findingFiltersSchema.parse(filters);
    const limit = pageLimitSchema.parse(page.limit);
    const after = findingPositionSchema.optional().parse(page.after);
    if (!isUuid(snapshotId)) return { items: [] };
    const conditions = [sql`true`];
    if (severity !== undefined) conditions.push(sql`f.severity_rank in (${sql.join(severity.map(severityRank))})`);
    if (ruleId !== undefined) conditions.push(sql`f.rule_id = ${ruleId}`);
    if (accountId !== undefined) conditions.push(sql`f.account_id = ${accountId}`);
    if (region !== undefined) conditions.push(sql`f.region = ${region}`);
    if (resourceType !== undefined) conditions.push(sql`f.resource_type = ${resourceType}`);
    if (after !== undefined) conditions.push(sql`(f.severity_rank, f.seq) > (${after.severityRank}, ${String(after.seq)}::bigint)`);
    const keys = await sql<{ seq: string }>`
      select k.seq from (select distinct scan_id from finding_snapshot_pairs where snapshot_id = ${snapshotId}::uuid) s
      cross join lateral (
        select f.seq, f.severity_rank from findings f
        where f.scan_id = s.scan_id
          and (select true from finding_snapshot_pairs p where p.snapshot_id = ${snapshotId}::uuid and p.scan_id = f.scan_id and p.account_id = f.account_id)
          and ${sql.join(conditions, sql` and `)}
        order by f.severity_rank, f.seq limit ${limit + 1}
      ) k
      order by k.severity_rank, k.seq limit ${limit + 1}`.execute(this.db);
    if (keys.rows.length === 0) return { items: [] };
    const rows = await this.db
      .selectFrom('findings')
      .selectAll()
      .where('seq', 'in', keys.rows.map((key) => key.seq))
      .orderBy('severity_rank')
      .orderBy('seq')
      .execute();
    return toPage(rows, limit, toFinding, toFindingPosition);
  }
}
