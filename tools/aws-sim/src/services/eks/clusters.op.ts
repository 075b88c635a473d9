import { JsonRaw } from '../../wire/json-writer';
import { kubernetesEndpoint } from '../../kubernetes/kubernetes-paths';
import type { RestHandler } from '../service';
import { findCluster, pageOf } from './eks-common';

export const listClusters: RestHandler = (ctx, input) => {
  const page = pageOf(ctx, [...ctx.account.region(ctx.region).eks().clusters.keys()], input, null);
  return { clusters: page.items, nextToken: page.nextToken };
};

/**
 * Once the simulator listens, every cluster's endpoint is its Kubernetes API under the simulator (the
 * world's `endpoint`, a real-looking EKS host, would lead nowhere).
 */
export const describeCluster: RestHandler = (ctx, input) => {
  const cluster = findCluster(ctx, input.path.name);
  if (ctx.sim.kubernetesBaseUrl === undefined) return { cluster: new JsonRaw(cluster.wire()) };
  const endpoint = kubernetesEndpoint(ctx.sim.kubernetesBaseUrl, ctx.account.id, ctx.region, cluster.data.name);
  return { cluster: new JsonRaw(JSON.stringify({ ...(JSON.parse(cluster.wire()) as object), endpoint })) };
};
