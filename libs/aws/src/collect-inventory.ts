import type { AccountInventory } from '@rolecall/model';
import type { AwsContext } from './aws-context';
import type { Collection } from './collection';
import { collectServiceLastAccessed } from './collectors/access-advisor.collector';
import { collectIam } from './collectors/iam.collector';
import { collectRegion, emptyRegionInventory, mergeRegions, type RegionInventory } from './collectors/region.collector';
import { enabledRegions } from './collectors/regions';
import { workloadRoles } from './collectors/workload-roles';
import { mapLimit } from './concurrency';

export type CollectedInventory = Pick<AccountInventory, 'regions' | 'iam' | 'ecs' | 'ec2' | 'eks'>;

/** Remembers a caller's isCancelled once it has said yes. */
export class Cancellation {
  cancelled = false;

  constructor(private readonly isCancelled?: () => Promise<boolean> | boolean) {}

  async check(): Promise<boolean> {
    this.cancelled ||= (await this.isCancelled?.()) ?? false;
    return this.cancelled;
  }
}

export function emptyCollected(): CollectedInventory {
  return { regions: [], iam: { roles: [], managedPolicies: [], oidcProviders: [] }, ...emptyRegionInventory() };
}

/**
 * IAM (global) alongside the regions (a few at a time), then Access Advisor for the workload
 * roles found. Cancellation is checked before each region and before Access Advisor.
 */
export async function collectInventory(
  ctx: AwsContext,
  collection: Collection,
  requestedRegions: string[] | undefined,
  cancellation: Cancellation,
): Promise<CollectedInventory> {
  const regions = requestedRegions ?? (await enabledRegions(collection));
  const scanned = new Set<string>();
  const [iam, perRegion] = await Promise.all([
    collectIam(collection),
    mapLimit(regions, ctx.regionConcurrency, async (region): Promise<RegionInventory[]> => {
      if (await cancellation.check()) return [];
      scanned.add(region);
      return [await collectRegion(collection, region)];
    }),
  ]);
  const { ecs, ec2, eks } = mergeRegions(perRegion.flat());
  if (!(await cancellation.check())) {
    const reports = await collectServiceLastAccessed(ctx, collection, workloadRoles(iam.roles, ecs, eks));
    iam.roles = iam.roles.map((role) => {
      const report = reports.get(role.arn);
      return report ? { ...role, serviceLastAccessed: report } : role;
    });
  }
  return { regions: regions.filter((region) => scanned.has(region)), iam, ecs, ec2, eks };
}
