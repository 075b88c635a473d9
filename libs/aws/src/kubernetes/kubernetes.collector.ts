import type { AwsAuthConfigMap, ClusterRoleBinding, KubernetesPod, KubernetesServiceAccount } from '@rolecall/model';
import { countOutcome } from '../clients/attempt-outcome';
import type { Collection } from '../collection';
import { KUBERNETES_READS, type KubernetesReadName } from '../clients/kubernetes-reads';
import { eksToken } from './eks-token';
import { KubernetesClient, type ClusterAccess } from './kubernetes-client';
import { awsAuthFrom, clusterRoleBindingFrom, podFrom, serviceAccountFrom, type ClusterPlace } from './kubernetes.transform';

export interface ClusterKubernetes {
  serviceAccounts: KubernetesServiceAccount[];
  pods: KubernetesPod[];
  awsAuth: AwsAuthConfigMap[];
  clusterRoleBindings: ClusterRoleBinding[];
}

export interface ReachableCluster extends Partial<ClusterAccess> {
  name: string;
  arn: string;
  region: string;
  endpointPublicAccess: boolean;
}

/**
 * One cluster's Kubernetes objects, read as the account's audit role. A read that fails (401/403 without
 * an access entry, a timeout, the budget) is a gap of that cluster; a cluster Rolecall cannot reach at all
 * (private endpoint only, no endpoint) gets a gap for every read with the reason, without a call.
 */
export async function collectKubernetes(collection: Collection, cluster: ReachableCluster): Promise<ClusterKubernetes> {
  const empty: ClusterKubernetes = { serviceAccounts: [], pods: [], awsAuth: [], clusterRoleBindings: [] };
  const unreachable = !cluster.endpoint ? 'NoEndpoint' : cluster.endpointPublicAccess ? undefined : 'PrivateEndpoint';
  if (unreachable || !cluster.endpoint) {
    for (const operation of Object.keys(KUBERNETES_READS) as KubernetesReadName[]) {
      const message = unreachable === 'PrivateEndpoint' ? 'the cluster endpoint is private; Rolecall reads only public endpoints' : 'DescribeCluster gave no endpoint';
      collection.recordGap({ service: 'k8s', operation, region: cluster.region, errorCode: unreachable ?? 'NoEndpoint', message, resource: cluster.arn });
    }
    return empty;
  }
  const { session } = collection;
  const access = { name: cluster.name, region: cluster.region, endpoint: cluster.endpoint, caData: cluster.caData };
  const token = async () => eksToken({ clusterName: cluster.name, region: cluster.region, credentials: await session.signingCredentials() });
  const client = new KubernetesClient(access, token, collection.kubernetesLimits, (operation, outcome) => {
    session.calls[`k8s:${operation}`] = (session.calls[`k8s:${operation}`] ?? 0) + 1;
    countOutcome(session.outcomes, 'k8s', outcome);
  });
  const place: ClusterPlace = { clusterArn: cluster.arn, accountId: collection.accountId, region: cluster.region };
  const listed = <T>(operation: KubernetesReadName, from: (raw: unknown, place: ClusterPlace) => T | undefined) =>
    collection.attempt(async () => (await client.list(operation)).flatMap((raw) => from(raw, place) ?? []), cluster.arn);
  // One after another: the cluster's API server is not Rolecall's to load, and the item budget is shared.
  const serviceAccounts = await listed('ListServiceAccounts', serviceAccountFrom);
  const pods = await listed('ListPods', podFrom);
  const awsAuth = await collection.attempt(async () => {
    const raw = await client.getObject('GetConfigMap');
    return raw === undefined ? [] : [awsAuthFrom(raw, place)];
  }, cluster.arn);
  const clusterRoleBindings = await listed('ListClusterRoleBindings', clusterRoleBindingFrom);
  return { serviceAccounts: serviceAccounts ?? [], pods: pods ?? [], awsAuth: awsAuth ?? [], clusterRoleBindings: clusterRoleBindings ?? [] };
}
