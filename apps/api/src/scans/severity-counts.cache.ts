import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Severity } from '@rolecall/model';

type Counts = Record<Severity, number>;

/**
 * Severity counts of finished scans, per set of active suppressions. A finished scan's findings never
 * change, so its counts change only when the active suppressions do: matching every finding against
 * every suppression (the SQL LIKE check) then runs once per scan and suppression set, not on every
 * GET /v1/scans/{id}; concurrent requests share one computation.
 */
@Injectable()
export class SeverityCountsCache {
  static readonly MAX_ENTRIES = 256;
  private readonly entries = new Map<string, Promise<Counts>>();

  /** The key of a set of active suppressions: their ids, in any order. */
  static suppressionSetKey(activeIds: readonly string[]): string {
    return createHash('sha256').update([...activeIds].sort().join(',')).digest('base64url');
  }

  get(scanId: string, suppressionSetKey: string, compute: () => Promise<Counts>): Promise<Counts> {
    const key = `${scanId}|${suppressionSetKey}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Most recently used last: the oldest entry is dropped first.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const computing = compute().catch((error: unknown) => {
      this.entries.delete(key);
      throw error;
    });
    this.entries.set(key, computing);
    while (this.entries.size > SeverityCountsCache.MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return computing;
  }
}
