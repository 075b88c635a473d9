import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from '../schema';

/**
 * Sets each account's finding_count to its stored findings of every stage: the account stage's own
 * and the organization stage's (cross-account trust, identity reach...), which land later and under
 * the account they name. Counting rows rather than adding lengths keeps the count equal to what
 * GET /v1/scans/{id}/findings?accountId= lists, whichever stage wrote last or was retried.
 */
export async function refreshFindingCounts(db: Kysely<Schema> | Transaction<Schema>, scanId: string, accountId?: string): Promise<void> {
  let update = db
    .updateTable('scan_accounts')
    .set({
      finding_count: sql<number>`(select count(*) from findings f where f.scan_id = scan_accounts.scan_id and f.account_id = scan_accounts.account_id)`,
    })
    .where('scan_id', '=', scanId);
  if (accountId !== undefined) update = update.where('account_id', '=', accountId);
  await update.execute();
}
