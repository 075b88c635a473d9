import { JsonRaw } from '../../wire/json-writer';
import type { RestHandler } from '../service';
import { findCluster, pageOf } from './eks-common';

export const listClusters: RestHandler = (ctx, input) => {
  const page = pageOf(ctx, [...ctx.account.region(ctx.region).eks().clusters.keys()], input, null);
  return { clusters: page.items, nextToken: page.nextToken };
};

export const describeCluster: RestHandler = (ctx, input) => ({ cluster: new JsonRaw(findCluster(ctx, input.path.name).wire()) });
