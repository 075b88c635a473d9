import type { AccountInventory, EksCluster, ResourceRef } from '@rolecall/model';

export const CLUSTER_TYPE = 'AWS::EKS::Cluster';

export function clusterRef(cluster: EksCluster): ResourceRef {
  return { arn: cluster.arn, type: CLUSTER_TYPE, name: cluster.name };
}

/** Active clusters (not being deleted). */
export function activeClusters(inventory: AccountInventory): EksCluster[] {
  return inventory.eks.clusters.filter((cluster) => cluster.status !== 'DELETING');
}
