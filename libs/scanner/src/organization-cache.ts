import type { OrganizationContext } from '@rolecall/model';
import { ScansRepository } from '@rolecall/persistence';

/**
 * The organization a scan was planned against, read once per scan per worker: every account job
 * of a scan needs it to tell "inside the organization" from outside.
 */
export class OrganizationCache {
  private readonly byScan = new Map<string, Promise<OrganizationContext>>();

  constructor(
    private readonly scans: ScansRepository,
    private readonly capacity = 32,
  ) {}

  get(scanId: string): Promise<OrganizationContext> {
    const cached = this.byScan.get(scanId);
    if (cached) return cached;
    const loading = this.scans.getOrganization(scanId).then((organization) => organization ?? { accounts: [] });
    loading.catch(() => this.byScan.delete(scanId));
    this.byScan.set(scanId, loading);
    if (this.byScan.size > this.capacity) {
      const oldest = this.byScan.keys().next().value;
      if (oldest !== undefined) this.byScan.delete(oldest);
    }
    return loading;
  }
}
