import type { AccountInventory, AwsCallCounts, CollectionGap } from '@rolecall/model';
import { accountInventorySchema } from '@rolecall/model';
import type { AwsContext } from './aws-context';
import type { AwsAttemptOutcomes } from './clients/attempt-outcome';
import type { AwsSession } from './clients/aws-session';
import { Collection } from './collection';
import { Cancellation, collectInventory, emptyCollected } from './collect-inventory';
import { AccountAccessError, AwsCallError } from './errors';
import { openMemberSession } from './sessions';

export interface CollectAccountInput {
  scanId: string;
  accountId: string;
  accountName?: string;
  /** Regions to scan; default: the account's enabled regions. */
  regions?: string[];
  /** Checked before each stage and region: once true, collection stops and returns what it has. */
  isCancelled?: () => Promise<boolean> | boolean;
}

export interface CollectAccountResult {
  inventory: AccountInventory;
  /** "service:Operation" -> HTTP attempts, retries included. */
  awsCalls: AwsCallCounts;
  /** "service:outcome" -> HTTP attempts (success, throttled, client_error, server_error, network_error). */
  awsOutcomes: AwsAttemptOutcomes;
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
  const collection = new Collection(session, accountId, ctx.logger, ctx.kubernetes);
  const cancellation = new Cancellation(input.isCancelled);
  try {
    await assumeMemberRole(session, accountId);
    const collected = (await cancellation.check())
      ? emptyCollected()
      : await collectInventory(ctx, collection, input.regions, cancellation);
    const inventory = accountInventorySchema.parse({
      accountId,
      ...(input.accountName === undefined ? {} : { accountName: input.accountName }),
      ...collected,
      gaps: sortGaps(collection.gaps),
    });
    const awsCalls = { ...session.calls };
    const awsOutcomes = { ...session.outcomes };
    const summary = { accountId, regions: inventory.regions.length, gaps: inventory.gaps.length, awsCalls, awsOutcomes };
    ctx.logger?.info(summary, cancellation.cancelled ? 'account collection cancelled' : 'account collected');
    return { inventory, awsCalls, awsOutcomes, gaps: inventory.gaps, cancelled: cancellation.cancelled };
  } finally {
    session.close();
  }
}

async function assumeMemberRole(session: AwsSession, accountId: string): Promise<void> {
  try {
    await session.credentials();
  } catch (error) {
    if (error instanceof AwsCallError) throw new AccountAccessError(accountId, error.code, error.message);
    throw error;
  }
}

/** Gaps in a stable order (collection runs concurrently): by service, operation, region, code. */
function sortGaps(gaps: readonly CollectionGap[]): CollectionGap[] {
  const key = (gap: CollectionGap) => [gap.service, gap.operation, gap.region, gap.errorCode].join('\u0000');
  return [...gaps].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
