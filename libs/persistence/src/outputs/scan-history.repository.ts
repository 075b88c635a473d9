import type { Kysely } from 'kysely';
import type { Finding } from '@rolecall/model';
import { toFinding } from '../findings/finding';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';

/** Scans whose results count as a baseline: they finished producing findings. */
const COMPLETED = ['succeeded', 'partial'] as const;

export interface ScanDiff {
  previousScanId: string | null;
  new: Finding[];
  unchanged: Finding[];
  resolved: Finding[];
}

/** A scan against the previous completed scan of the same scope (same scope_key, lower seq). */
export class ScanHistoryRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async previousCompletedScan(scanId: string): Promise<string | undefined> {
    if (!isUuid(scanId)) return undefined;
    const row = await this.db
      .selectFrom('scans as previous')
      .innerJoin('scans as current', 'current.scope_key', 'previous.scope_key')
      .select('previous.id')
      .where('current.id', '=', scanId)
      .whereRef('previous.seq', '<', 'current.seq')
      .where('previous.status', 'in', COMPLETED)
      .orderBy('previous.seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.id;
  }

  /** Which of these fingerprints the scan has (unique index on scan_id, fingerprint). */
  async fingerprintsIn(scanId: string, fingerprints: readonly string[]): Promise<Set<string>> {
    if (!isUuid(scanId) || fingerprints.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('findings')
      .select('fingerprint')
      .where('scan_id', '=', scanId)
      .where('fingerprint', 'in', [...fingerprints])
      .execute();
    return new Set(rows.map((row) => row.fingerprint));
  }

  /** Every fingerprint of the scan. */
  async fingerprints(scanId: string): Promise<Set<string>> {
    if (!isUuid(scanId)) return new Set();
    const rows = await this.db.selectFrom('findings').select('fingerprint').where('scan_id', '=', scanId).execute();
    return new Set(rows.map((row) => row.fingerprint));
  }

  /** New, unchanged and resolved findings, each most severe first; everything is new without a previous scan. */
  async diff(scanId: string): Promise<ScanDiff> {
    const previousScanId = (await this.previousCompletedScan(scanId)) ?? null;
    const [added, unchanged, resolved] = await Promise.all([
      this.compare(scanId, previousScanId, false),
      this.compare(scanId, previousScanId, true),
      previousScanId ? this.compare(previousScanId, scanId, false) : Promise.resolve([]),
    ]);
    return { previousScanId, new: added, unchanged, resolved };
  }

  private async compare(scanId: string, otherScanId: string | null, inOther: boolean): Promise<Finding[]> {
    if (!isUuid(scanId)) return [];
    if (otherScanId === null && inOther) return [];
    let query = this.db.selectFrom('findings').selectAll().where('scan_id', '=', scanId).orderBy('severity_rank').orderBy('seq');
    if (otherScanId !== null) {
      query = query.where(({ exists, not, selectFrom }) => {
        const match = exists(
          selectFrom('findings as other').select('other.seq').where('other.scan_id', '=', otherScanId).whereRef('other.fingerprint', '=', 'findings.fingerprint'),
        );
        return inOther ? match : not(match);
      });
    }
    return (await query.execute()).map(toFinding);
  }
}
