import { z } from 'zod';
import type { ServedCluster } from '../../model/ecs-index';
import { paginate } from '../../paging/page';
import { SimError } from '../../protocols/sim-error';
import { serviceError } from '../../protocols/error-catalog';
import type { CallContext } from '../service';

export const pageInput = { nextToken: z.string().optional(), maxResults: z.number().int().optional() };

/** The cluster a request names (by name or ARN; "default" when omitted), or ClusterNotFoundException. */
export function findCluster(ctx: CallContext, cluster: string | undefined): ServedCluster {
  const found = ctx.account.region(ctx.region).ecs().findCluster(cluster ?? 'default');
  if (!found) throw new SimError('ClusterNotFoundException', 'Cluster not found.', 400);
  return found;
}

/** One page of ARNs for an ECS List* call: default 100 per page unless stated, at most 100. */
export function pageOf<T>(ctx: CallContext, items: readonly T[], input: { nextToken?: string; maxResults?: number }, scope: unknown, defaultSize = 100) {
  return paginate(items, {
    tokens: ctx.sim.pageTokens,
    scope: `ecs:${ctx.operation}:${ctx.account.id}:${ctx.region}:${JSON.stringify(scope)}`,
    service: 'ecs',
    token: input.nextToken,
    requested: input.maxResults,
    defaultSize,
    maxSize: 100,
    sizeParameter: 'maxResults',
  });
}

/** Describe* batch limits (DescribeServices 10, the others 100). */
export function checkBatch(items: readonly string[], limit: number, member: string): void {
  if (items.length === 0) throw serviceError('ecs', 'validation', `${member} can not be empty.`);
  if (items.length > limit) throw serviceError('ecs', 'validation', `${member} can have at most ${limit} items.`);
}

export function includesTags(include: readonly string[] | undefined): boolean {
  return include?.includes('TAGS') ?? false;
}
