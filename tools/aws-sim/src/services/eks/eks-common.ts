import type { ServedEksCluster } from '../../model/eks-index';
import { paginate } from '../../paging/page';
import { serviceError } from '../../protocols/error-catalog';
import { SimError } from '../../protocols/sim-error';
import type { CallContext, RestInput } from '../service';

export function notFound(message: string): SimError {
  return new SimError('ResourceNotFoundException', message, 404);
}

export function findCluster(ctx: CallContext, name: string): ServedEksCluster {
  const cluster = ctx.account.region(ctx.region).eks().clusters.get(name);
  if (!cluster) throw notFound(`No cluster found for name: ${name}.`);
  return cluster;
}

/** One page for an EKS List* call: maxResults 1-100, default 100. */
export function pageOf<T>(ctx: CallContext, items: readonly T[], input: RestInput, scope: unknown) {
  const raw = input.query.get('maxResults');
  if (raw !== null && !/^\d+$/.test(raw)) throw serviceError('eks', 'validation', 'maxResults must be an integer');
  return paginate(items, {
    tokens: ctx.sim.pageTokens,
    scope: `eks:${ctx.operation}:${ctx.account.id}:${ctx.region}:${JSON.stringify(scope)}`,
    service: 'eks',
    token: input.query.get('nextToken') ?? undefined,
    requested: raw === null ? undefined : Number(raw),
    defaultSize: 100,
    maxSize: 100,
    sizeParameter: 'maxResults',
  });
}
