import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema';
import { toFindingRow } from '../findings/finding';
import { INSERT_CHUNK, insertChunks } from '../findings/insert-chunks';
import { toJsonb } from '../jsonb';
import { isUuid } from '../uuid';
import { refreshFindingCounts } from './finding-counts';
import { accountBaseline, carriedFindings, replaceNotAssessed } from '../not-assessed/carry-forward';
import {
  accountResultSchema,
  plannedAccountsSchema,
  toScanAccount,
  type AccountResult,
  type PlannedAccount,
  type ScanAccount,
} from './scan-account';

const now = sql<Date>`now()`;

export class ScanAccountsRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** Adds queued rows for accounts not yet planned; returns how many were new. Safe to repeat. */
  async plan(scanId: string, accounts: PlannedAccount[]): Promise<number> {
    if (!isUuid(scanId)) throw new Error(`scan id must be a UUID: ${scanId}`);
    const planned = plannedAccountsSchema.parse(accounts);
    let added = 0;
    for (let start = 0; start < planned.length; start += INSERT_CHUNK) {
      const rows = planned.slice(start, start + INSERT_CHUNK).map((account) => ({
        scan_id: scanId,
        account_id: account.accountId,
        account_name: account.accountName ?? null,
        status: 'queued' as const,
      }));
      const result = await this.db
        .insertInto('scan_accounts')
        .values(rows)
        .onConflict((conflict) => conflict.columns(['scan_id', 'account_id']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  /** Marks an attempt as running; undefined when the account is not planned or was cancelled. */
  async start(scanId: string, accountId: string): Promise<ScanAccount | undefined> {
    if (!isUuid(scanId)) return undefined;
    const row = await this.db
      .updateTable('scan_accounts')
      .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), started_at: now, finished_at: null, error: null }))
      .where('scan_id', '=', scanId)
      .where('account_id', '=', accountId)
      .where('status', '!=', 'cancelled')
      .returningAll()
      .executeTakeFirst();
    return row && toScanAccount(row);
  }

  /**
   * Stores an attempt's result in one transaction: the account's earlier findings for this scan
   * are replaced, so a retried job never duplicates them, and a failed write leaves them intact.
   */
  async complete(scanId: string, accountId: string, input: AccountResult): Promise<ScanAccount> {
    if (!isUuid(scanId)) throw new Error(`account ${accountId} is not planned for scan ${scanId}`);
    const result = accountResultSchema.parse(input);
    const foreign = result.findings.find((finding) => finding.accountId !== accountId);
    if (foreign) throw new Error(`finding ${foreign.fingerprint} belongs to account ${foreign.accountId}, not ${accountId}`);
    const fingerprints = new Set(result.findings.map((finding) => finding.fingerprint));
    if (fingerprints.size !== result.findings.length) throw new Error('findings must have unique fingerprints');
    const foreignEntry = result.notAssessed.find((entry) => entry.accountId !== accountId);
    if (foreignEntry) throw new Error(`a not-assessed entry of ${foreignEntry.ruleId} belongs to account ${foreignEntry.accountId}, not ${accountId}`);

    return this.db.transaction().execute(async (tx) => {
      const scope = { stage: 'account' as const, accountId };
      const baseline = await accountBaseline(tx, scanId, accountId);
      const carried = await carriedFindings(tx, baseline, scope, result.findings, result.notAssessed);
      const rows = [...result.findings, ...carried].map((finding) => toFindingRow(scanId, finding));
      const updated = await tx
        .updateTable('scan_accounts')
        .set({
          status: result.status,
          error: result.error ?? null,
          aws_calls: toJsonb(result.awsCalls),
          gaps: toJsonb(result.gaps),
          finished_at: now,
        })
        .where('scan_id', '=', scanId)
        .where('account_id', '=', accountId)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new Error(`account ${accountId} is not planned for scan ${scanId}`);
      await tx.deleteFrom('findings').where('scan_id', '=', scanId).where('account_id', '=', accountId).where('stage', '=', 'account').execute();
      for (const chunk of insertChunks(rows)) await tx.insertInto('findings').values(chunk).execute();
      await replaceNotAssessed(tx, scanId, scope, result.notAssessed);
      await refreshFindingCounts(tx, scanId, accountId);
      const counted = await tx.selectFrom('scan_accounts').select('finding_count').where('scan_id', '=', scanId).where('account_id', '=', accountId).executeTakeFirstOrThrow();
      return toScanAccount({ ...updated, finding_count: counted.finding_count });
    });
  }

  async list(scanId: string): Promise<ScanAccount[]> {
    if (!isUuid(scanId)) return [];
    const rows = await this.db.selectFrom('scan_accounts').selectAll().where('scan_id', '=', scanId).orderBy('account_id').execute();
    return rows.map(toScanAccount);
  }
}
