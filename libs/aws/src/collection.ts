import type { CollectionGap } from '@rolecall/model';
import type { AwsLogger } from './aws-context';
import type { AwsSession } from './clients/aws-session';
import { AwsCallError } from './errors';
import { DEFAULT_KUBERNETES_LIMITS, type KubernetesLimits } from './kubernetes/kubernetes-limits';

/** One account's collection in progress: its AWS session and the gaps met so far. */
export class Collection {
  readonly gaps: CollectionGap[] = [];

  constructor(
    readonly session: AwsSession,
    readonly accountId: string,
    private readonly logger?: AwsLogger,
    /** How far the collection goes in each EKS cluster's Kubernetes API. */
    readonly kubernetesLimits: KubernetesLimits = DEFAULT_KUBERNETES_LIMITS,
  ) {}

  /**
   * Runs a piece of collection; if one of its AWS calls fails, records the gap and returns
   * undefined, so the rest of the account is still collected. Anything else is a bug and throws.
   * `resource` confines the gap to the one resource being read (a cluster, a role, a launch template).
   */
  async attempt<T>(collect: () => Promise<T>, resource?: string): Promise<T | undefined> {
    try {
      return await collect();
    } catch (error) {
      if (!(error instanceof AwsCallError)) throw error;
      const gap = error.toGap();
      this.recordGap(resource === undefined ? gap : { ...gap, resource });
      return undefined;
    }
  }

  /**
   * The items that have an ARN. One without cannot be told apart from others nor referenced by a
   * finding: it is skipped, and the skip is logged (what kind, where, how many).
   */
  identified<T extends { arn: string }>(kind: string, region: string, items: readonly T[]): T[] {
    const kept = items.filter((item) => item.arn !== '');
    if (kept.length < items.length) {
      const skipped = items.length - kept.length;
      this.logger?.warn({ accountId: this.accountId, kind, region, skipped }, 'answer items without an ARN skipped');
    }
    return kept;
  }

  recordGap(gap: CollectionGap): void {
    this.gaps.push(gap);
    const { service, operation, region, errorCode } = gap;
    this.logger?.warn({ accountId: this.accountId, service, operation, region, errorCode }, 'collection gap');
  }
}

/** Follows a pagination token until AWS stops returning one. */
export async function paginate<T>(
  fetchPage: (token: string | undefined) => Promise<{ items: T[] | undefined; next: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    all.push(...(page.items ?? []));
    token = page.next;
  } while (token);
  return all;
}
