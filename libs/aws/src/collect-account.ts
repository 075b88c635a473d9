import type { AccountInventory, AwsCallCounts, CollectionGap } from '@rolecall/model';
import { accountInventorySchema } from '@rolecall/model';
import type { AwsContext } from './aws-context';
import { Collection } from './collection';
import { collectServiceLastAccessed } from './collectors/access-advisor.collector';
import { collectIam } from './collectors/iam.collector';
import { collectRegion, mergeRegions, type RegionInventory } from './collectors/region.collector';
import { enabledRegions } from './collectors/regions';
import { workloadRoles } from './collectors/workload-roles';
import { mapLimit } from './concurrency';
import { AccountAccessError, AwsCallError } from './errors';
import { openMemberSession } from './sessions';

export interface CollectAccountInput {
  scanId: string;
  accountId: string;
  accountName?: string;
  /** Regions to scan; default: the account's enabled regions. */
  regions?: string[];
  /** Checked between regions and stages: once true, collection stops and returns what it has. */
  isCancelled?: () => Promise<boolean> | boolean;
}

export interface CollectAccountResult {
  inventory: AccountInventory;
  /** "service:Operation" -> HTTP attempts, retries included. */
  awsCalls: AwsCallCounts;
  gaps: CollectionGap[];
  /** True when isCancelled stopped the collection early: the inventory is incomplete. */
  cancelled: boolean;
}

/**
 * Collects one account through its member role. Throws AccountAccessError only when the role
 * cannot be assumed; every other failed call becomes a gap in a partial inventory.
 */
export async function collectAccount(ctx: AwsContext, input: CollectAccountInput): Promise<CollectAccountResult> {
  const { accountId } = input;
  const session = openMemberSession(ctx, accountId, input.scanId);
  const collection = new Collection(session, accountId, ctx.logger);
  let cancelled = false;
  const stop = async () => (cancelled ||= (await input.isCancelled?.()) ?? false);
  try {
    await session.credentials().catch((error: unknown) => {
      if (error instanceof AwsCallError) throw new AccountAccessError(accountId, error.code, error.message);
      throw error;
    });
    const regions = input.regions ?? (await enabledRegions(collection));
    const scanned: string[] = [];
    const [iam, perRegion] = await Promise.all([
      collectIam(collection),
      mapLimit(regions, ctx.regionConcurrency, async (region): Promise<RegionInventory[]> => {
        if (await stop()) return [];
        scanned.push(region);
        return [await collectRegion(collection, region)];
      }),
    ]);
    const { ecs, ec2, eks } = mergeRegions(perRegion.flat());
    if (!(await stop())) {
      const reports = await collectServiceLastAccessed(ctx, collection, workloadRoles(iam.roles, ecs, eks));
      iam.roles = iam.roles.map((role) => {
        const report = reports.get(role.arn);
        return report ? { ...role, serviceLastAccessed: report } : role;
      });
    }
    const inventory = accountInventorySchema.parse({
      accountId,
      ...(input.accountName === undefined ? {} : { accountName: input.accountName }),
      regions: regions.filter((region) => scanned.includes(region)),
      iam,
      ecs,
      ec2,
      eks,
      gaps: collection.gaps,
    });
    const awsCalls = { ...session.calls };
    ctx.logger?.info({ accountId, regions: inventory.regions.length, gaps: collection.gaps.length, awsCalls }, 'account collected');
    return { inventory, awsCalls, gaps: collection.gaps, cancelled };
  } finally {
    session.close();
  }
}
