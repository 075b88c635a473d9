import type { AccountInventory, EksCluster, ResourceRef } from '@rolecall/model';

export const SERVICE_ACCOUNT_TYPE = 'Kubernetes::ServiceAccount';
export const POD_TYPE = 'Kubernetes::Pod';
export const CONFIG_MAP_TYPE = 'Kubernetes::ConfigMap';
export const CLUSTER_ROLE_BINDING_TYPE = 'Kubernetes::ClusterRoleBinding';

/** A Kubernetes object as a finding names it: its k8s:// id, and `namespace/name` (or the name, cluster-wide). */
export function kubernetesRef(object: { id: string; name: string; namespace?: string }, type: string): ResourceRef {
  return { arn: object.id, type, name: object.namespace ? `${object.namespace}/${object.name}` : object.name };
}

/** The cluster an object was read from (its name ends the cluster ARN). */
export function clusterOf(inventory: AccountInventory, clusterArn: string): EksCluster | undefined {
  return inventory.eks.clusters.find((cluster) => cluster.arn === clusterArn);
}

export function clusterNameOf(clusterArn: string): string {
  return clusterArn.slice(clusterArn.lastIndexOf('/') + 1);
}

/**
 * Where a finding on a cluster's object stands: its region, and the cluster among its related resources,
 * so a failed read of that cluster covers it (and another cluster's does not).
 */
export function inCluster(object: { region: string; clusterArn: string }, related: string[] = []) {
  return { region: object.region, relatedResources: [object.clusterArn, ...related] };
}
