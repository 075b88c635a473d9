import type { EksCluster, EksInventory } from '@rolecall/model';
import { paginate, type Collection } from '../collection';
import type { Place } from '../transforms/ecs.transform';
import { eksClusterFrom } from '../transforms/eks.transform';
import { partitionOf } from '../transforms/shared';
import { collectAccessEntries, collectFargateProfiles, collectNodegroups, collectPodIdentity } from './eks-cluster.collector';
import { collectKubernetes } from '../kubernetes/kubernetes.collector';

/**
 * EKS in one region: clusters and, per cluster, node groups, Fargate profiles, Pod Identity, access entries
 * and the objects of its Kubernetes API.
 */
export async function collectEks(collection: Collection, region: string): Promise<EksInventory> {
  const place = { accountId: collection.accountId, region };
  const names = (await collection.attempt(() => listClusterNames(collection, region))) ?? [];
  const perCluster = await Promise.all(names.map((name) => collectCluster(collection, name, place)));
  const identified = <T extends { arn: string }>(kind: string, items: T[]) => collection.identified(kind, region, items);
  return {
    clusters: identified('eks cluster', perCluster.flatMap((found) => found.cluster ?? [])),
    nodegroups: identified('eks nodegroup', perCluster.flatMap((found) => found.nodegroups ?? [])),
    fargateProfiles: identified('eks fargate profile', perCluster.flatMap((found) => found.fargateProfiles ?? [])),
    podIdentityAssociations: identified('eks pod identity association', perCluster.flatMap((found) => found.podIdentityAssociations ?? [])),
    accessEntries: identified('eks access entry', perCluster.flatMap((found) => found.accessEntries ?? [])),
    serviceAccounts: perCluster.flatMap((found) => found.kubernetes?.serviceAccounts ?? []),
    pods: perCluster.flatMap((found) => found.kubernetes?.pods ?? []),
    awsAuth: perCluster.flatMap((found) => found.kubernetes?.awsAuth ?? []),
    clusterRoleBindings: perCluster.flatMap((found) => found.kubernetes?.clusterRoleBindings ?? []),
  };
}

function listClusterNames(collection: Collection, region: string): Promise<string[]> {
  return paginate(async (nextToken) => {
    const page = await collection.session.call('eks', 'ListClusters', { nextToken, maxResults: 100 }, region);
    return { items: page.clusters, next: page.nextToken };
  });
}

async function collectCluster(collection: Collection, name: string, place: Place) {
  // Gaps of one cluster's reads are confined to that cluster.
  const arn = `arn:${partitionOf(place.region)}:eks:${place.region}:${place.accountId}:cluster/${name}`;
  const described = await collection.attempt(() => describeCluster(collection, name, place), arn);
  const cluster = described?.cluster;
  const [nodegroups, fargateProfiles, podIdentityAssociations, accessEntries, kubernetes] = await Promise.all([
    collection.attempt(() => collectNodegroups(collection, name, place), arn),
    collection.attempt(() => collectFargateProfiles(collection, name, place), arn),
    collection.attempt(() => collectPodIdentity(collection, name, place), arn),
    // A CONFIG_MAP-only cluster has no access entries: the call would only fail.
    cluster?.authenticationMode === 'CONFIG_MAP' ? [] : collection.attempt(() => collectAccessEntries(collection, name, place), arn),
    // Without DescribeCluster there is no endpoint to read: its gap already covers the cluster.
    described ? collectKubernetes(collection, { ...described.access, endpointPublicAccess: described.cluster.endpointPublicAccess }) : undefined,
  ]);
  return { cluster, nodegroups, fargateProfiles, podIdentityAssociations, accessEntries, kubernetes };
}

interface DescribedCluster {
  cluster: EksCluster;
  /** Where its Kubernetes API answers, and the CA its TLS must lead to. */
  access: { name: string; arn: string; region: string; endpoint?: string; caData?: string };
}

async function describeCluster(collection: Collection, name: string, place: Place): Promise<DescribedCluster | undefined> {
  const { cluster } = await collection.session.call('eks', 'DescribeCluster', { name }, place.region);
  if (!cluster) return undefined;
  const normalized = eksClusterFrom(cluster, place);
  const access = { name, arn: normalized.arn, region: place.region, endpoint: cluster.endpoint, caData: cluster.certificateAuthority?.data };
  return { cluster: normalized, access };
}

