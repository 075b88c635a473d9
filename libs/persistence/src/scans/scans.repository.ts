import { sql, type Kysely } from 'kysely';
import {
  ACCOUNT_RUN_STATUSES,
  SEVERITIES,
  TERMINAL_SCAN_STATUSES,
  organizationContextSchema,
  type AccountRunStatus,
  type OrganizationContext,
  type ScanStatus,
  type Severity,
} from '@rolecall/model';
import { z } from 'zod';
import { toJsonb } from '../jsonb';
import { pageLimitSchema, toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { countAccountsByStatus, countFindingsBySeverity, zeroCounts } from './scan-counts';
import { SCAN_COLUMNS, newScanSchema, scopeKey, toScan, type NewScan, type Scan } from './scan';

export type TerminalScanStatus = Exclude<ScanStatus, 'queued' | 'running'>;

const now = sql<Date>`now()`;
/** A scans cursor's payload: the seq to continue after. */
export const scanPositionSchema = z.number().int().nonnegative();
const accountTotalSchema = z.number().int().nonnegative();

export class ScansRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** A queued scan. Throws a ZodError on an invalid scope or region list. */
  async create(input: NewScan): Promise<Scan> {
    const scan = newScanSchema.parse(input);
    const regions = scan.regions ?? null;
    const row = await this.db
      .insertInto('scans')
      .values({
        status: 'queued',
        scope: toJsonb(scan.scope),
        regions: regions && toJsonb(regions),
        requested_by: scan.requestedBy ?? null,
        scope_key: scopeKey(scan.scope, regions),
        github_upload: scan.githubUpload ? toJsonb(scan.githubUpload) : null,
      })
      .returning(SCAN_COLUMNS)
      .executeTakeFirstOrThrow();
    return toScan(row);
  }

  async get(id: string): Promise<Scan | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('scans').select(SCAN_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && toScan(row);
  }

  /** Newest first; pass the previous page's `last` as `after` to continue. */
  async list(page: { limit: number; after?: number }): Promise<Page<Scan, number>> {
    const limit = pageLimitSchema.parse(page.limit);
    const after = scanPositionSchema.optional().parse(page.after);
    let query = this.db.selectFrom('scans').select(SCAN_COLUMNS).orderBy('seq', 'desc').limit(limit + 1);
    if (after !== undefined) query = query.where('seq', '<', String(after));
    return toPage(await query.execute(), limit, toScan, (row) => Number(row.seq));
  }

  /** Scans still queued or running that were created before `cutoff`, oldest first (the reconciler's candidates). */
  async activeBefore(cutoff: Date, limit = 1000): Promise<Scan[]> {
    const rows = await this.db
      .selectFrom('scans')
      .select(SCAN_COLUMNS)
      .where('status', 'in', ['queued', 'running'])
      .where('created_at', '<', cutoff)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    return rows.map(toScan);
  }

  /** queued/running -> running; undefined when the scan is unknown or already finished. */
  async markRunning(id: string, accountTotal: number): Promise<Scan | undefined> {
    accountTotalSchema.parse(accountTotal);
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('scans')
      .set((eb) => ({ status: 'running', account_total: accountTotal, started_at: eb.fn.coalesce('started_at', now) }))
      .where('id', '=', id)
      .where('status', 'in', ['queued', 'running'])
      .returning(SCAN_COLUMNS)
      .executeTakeFirst();
    return row && toScan(row);
  }

  /**
   * Records when the planner picked the scan up, before organization discovery (which can fail);
   * the status stays queued until the accounts are planned. False when unknown or already started.
   */
  async markPickedUp(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const row = await this.db
      .updateTable('scans')
      .set({ started_at: now })
      .where('id', '=', id)
      .where('started_at', 'is', null)
      .where('status', 'not in', TERMINAL_SCAN_STATUSES)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Sets a terminal status; never overwrites one (a cancelled scan stays cancelled). A finished scan
   * always has a startedAt: when it was picked up, or its finishedAt when it ended before any worker
   * picked it up (it could not be queued, or its jobs were lost). A scan cancelled while still queued
   * (requestCancel) keeps startedAt null: nothing of it ever ran.
   */
  async finish(id: string, status: TerminalScanStatus, error?: string): Promise<Scan | undefined> {
    if (!TERMINAL_SCAN_STATUSES.includes(status)) throw new Error(`not a terminal scan status: ${status}`);
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('scans')
      .set((eb) => ({ status, error: error ?? null, finished_at: now, started_at: eb.fn.coalesce('started_at', now) }))
      .where('id', '=', id)
      .where('status', 'not in', TERMINAL_SCAN_STATUSES)
      .returning(SCAN_COLUMNS)
      .executeTakeFirst();
    return row && toScan(row);
  }

  /** Cancels the scan and its accounts not yet started; undefined when unknown or already finished. */
  async requestCancel(id: string): Promise<Scan | undefined> {
    if (!isUuid(id)) return undefined;
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('scans')
        .set({ status: 'cancelled', finished_at: now })
        .where('id', '=', id)
        .where('status', 'not in', TERMINAL_SCAN_STATUSES)
        .returning(SCAN_COLUMNS)
        .executeTakeFirst();
      if (!row) return undefined;
      await tx
        .updateTable('scan_accounts')
        .set({ status: 'cancelled', finished_at: now })
        .where('scan_id', '=', id)
        .where('status', '=', 'queued')
        .execute();
      return toScan(row);
    });
  }

  /** Findings per severity, every severity present (zero included). */
  async countsBySeverity(scanId: string): Promise<Record<Severity, number>> {
    return isUuid(scanId) ? countFindingsBySeverity(this.db, scanId) : zeroCounts(SEVERITIES);
  }

  /** How many of the scan's accounts are in each status, every status present. */
  async progress(scanId: string): Promise<Record<AccountRunStatus, number>> {
    return isUuid(scanId) ? countAccountsByStatus(this.db, scanId) : zeroCounts(ACCOUNT_RUN_STATUSES);
  }

  /** Records the organization the scan was planned against; false when the scan is unknown. */
  async setOrganization(scanId: string, organization: OrganizationContext): Promise<boolean> {
    const valid = organizationContextSchema.parse(organization);
    if (!isUuid(scanId)) return false;
    const result = await this.db
      .updateTable('scans')
      .set({ organization: toJsonb(valid) })
      .where('id', '=', scanId)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** The organization recorded by setOrganization; undefined when unknown or not yet recorded. */
  async getOrganization(scanId: string): Promise<OrganizationContext | undefined> {
    if (!isUuid(scanId)) return undefined;
    const row = await this.db.selectFrom('scans').select('organization').where('id', '=', scanId).executeTakeFirst();
    return row?.organization ?? undefined;
  }
}
