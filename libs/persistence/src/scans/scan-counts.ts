import { sql, type Kysely } from 'kysely';
import { ACCOUNT_RUN_STATUSES, SEVERITIES, type AccountRunStatus, type Severity } from '@rolecall/model';
import { isSuppressed } from '../outputs/suppressed';
import type { Schema } from '../schema';

/**
 * Suppressed findings (see SuppressionsRepository) are left out. Without an active suppression the
 * count is answered from the (scan_id, severity_rank, seq) index alone.
 */
export async function countFindingsBySeverity(db: Kysely<Schema>, scanId: string): Promise<Record<Severity, number>> {
  const counts = zeroCounts(SEVERITIES);
  const suppressing = await sql<{ any: boolean }>`select exists (select 1 from suppressions s where s.expires_at is null or s.expires_at > now()) as any`.execute(db);
  let query = db
    .selectFrom('findings')
    .select((eb) => ['severity_rank', eb.fn.countAll<string>().as('count')])
    .where('scan_id', '=', scanId);
  if (suppressing.rows[0]?.any) query = query.where(sql<boolean>`not ${isSuppressed()}`);
  const rows = await query.groupBy('severity_rank').execute();
  for (const row of rows) counts[SEVERITIES[row.severity_rank] as Severity] = Number(row.count);
  return counts;
}

export async function countAccountsByStatus(db: Kysely<Schema>, scanId: string): Promise<Record<AccountRunStatus, number>> {
  const counts = zeroCounts(ACCOUNT_RUN_STATUSES);
  const rows = await db
    .selectFrom('scan_accounts')
    .select((eb) => ['status', eb.fn.countAll<string>().as('count')])
    .where('scan_id', '=', scanId)
    .groupBy('status')
    .execute();
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
