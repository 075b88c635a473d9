import type { AccountInventory, EksCluster, ResourceRef } from '@rolecall/model';
import { notAssessed } from '../placement/role-facts';

export const CLUSTER_TYPE = 'AWS::EKS::Cluster';

export function clusterRef(cluster: EksCluster): ResourceRef {
  return { arn: cluster.arn, type: CLUSTER_TYPE, name: cluster.name };
}

/** Active clusters in regions collected without an EKS gap. */
export function assessedClusters(inventory: AccountInventory): EksCluster[] {
  return inventory.eks.clusters.filter((cluster) => cluster.status !== 'DELETING' && !notAssessed(inventory, ['eks'], cluster.region));
}
