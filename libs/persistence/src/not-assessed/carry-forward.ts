import type { Kysely, Selectable, Transaction } from 'kysely';
import { notAssessedCovers, type Carried, type FingerprintedFinding, type NotAssessed } from '@rolecall/model';
import { toFinding } from '../findings/finding';
import { insertChunks } from '../findings/insert-chunks';
import { toJsonb } from '../jsonb';
import type { FindingsTable, Schema } from '../schema';

type Stage = 'account' | 'organization';
type Db = Kysely<Schema> | Transaction<Schema>;

/** Where a stage's last assessed results are: a scan, and when its findings were assessed. */
export interface Baseline {
  scanId: string;
  assessedAt: Date;
}

/** The account's latest completed (succeeded or partial) result before this scan. */
export async function accountBaseline(db: Db, scanId: string, accountId: string): Promise<Baseline | undefined> {
  const row = await db
    .selectFrom('scan_accounts')
    .select(['scan_id', 'finished_at'])
    .where('account_id', '=', accountId)
    .where('scan_id', '!=', scanId)
    .where('status', 'in', ['succeeded', 'partial'])
    .where('finished_at', 'is not', null)
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.finished_at ? { scanId: row.scan_id, assessedAt: row.finished_at } : undefined;
}

/** The previous completed scan of the same scope: where the organization stage's last results are. */
export async function organizationBaseline(db: Db, scanId: string): Promise<Baseline | undefined> {
  const row = await db
    .selectFrom('scans as previous')
    .innerJoin('scans as current', 'current.scope_key', 'previous.scope_key')
    .select(['previous.id', 'previous.finished_at'])
    .where('current.id', '=', scanId)
    .whereRef('previous.seq', '<', 'current.seq')
    .where('previous.status', 'in', ['succeeded', 'partial'])
    .orderBy('previous.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.finished_at ? { scanId: row.id, assessedAt: row.finished_at } : undefined;
}

/**
 * The baseline's findings that this result lacks only because a rule could not look: each finding of the
 * baseline's stage that is missing now and that a not-assessed entry covers, carried with where and when
 * it was last assessed (a finding already carried keeps its origin).
 */
export async function carriedFindings(
  db: Db,
  baseline: Baseline | undefined,
  scope: { stage: Stage; accountId?: string },
  found: readonly FingerprintedFinding[],
  notAssessed: readonly NotAssessed[],
): Promise<FingerprintedFinding[]> {
  if (baseline === undefined || notAssessed.length === 0) return [];
  let query = db.selectFrom('findings').selectAll().where('scan_id', '=', baseline.scanId).where('stage', '=', scope.stage);
  if (scope.accountId !== undefined) query = query.where('account_id', '=', scope.accountId);
  const present = new Set(found.map((finding) => finding.fingerprint));
  const origin: Carried = { fromScanId: baseline.scanId, assessedAt: baseline.assessedAt.toISOString() };
  return (await query.execute())
    .map(toCarriedFinding)
    .filter((finding) => !present.has(finding.fingerprint) && notAssessed.some((entry) => notAssessedCovers(entry, finding)))
    .map((finding) => ({ ...finding, carried: finding.carried ?? origin }));
}

/** A stored finding as the fingerprinted finding a result holds (no id, no scan). */
function toCarriedFinding(row: Selectable<FindingsTable>): FingerprintedFinding {
  const { id: _id, scanId: _scanId, ...finding } = toFinding(row);
  return finding;
}

/** Replaces a stage's not-assessed entries (for one account, or the whole organization stage). */
export async function replaceNotAssessed(
  db: Db,
  scanId: string,
  scope: { stage: Stage; accountId?: string },
  entries: readonly NotAssessed[],
): Promise<void> {
  let removal = db.deleteFrom('not_assessed').where('scan_id', '=', scanId).where('stage', '=', scope.stage);
  if (scope.accountId !== undefined) removal = removal.where('account_id', '=', scope.accountId);
  await removal.execute();
  const rows = entries.map((entry) => ({
    scan_id: scanId,
    account_id: entry.accountId,
    rule_id: entry.ruleId,
    region: entry.region,
    resource: entry.resource === null ? null : toJsonb(entry.resource),
    missing: toJsonb(entry.missing),
    stage: scope.stage,
  }));
  for (const chunk of insertChunks(rows)) await db.insertInto('not_assessed').values(chunk).execute();
}
