import { factoryPlace } from './factory-defaults';
import {
  CLUSTER_SCOPE,
  kubernetesObjectId,
  type AwsAuthConfigMap,
  type ClusterRoleBinding,
  type KubernetesContainer,
  type KubernetesPod,
  type KubernetesServiceAccount,
} from './kubernetes.schema';

/** Where a factory's Kubernetes object lives: the test account's `app-eks` cluster unless overridden. */
function inCluster(overrides: { accountId?: string; region?: string; clusterArn?: string }) {
  const { accountId, region } = factoryPlace(overrides);
  return { accountId, region, clusterArn: overrides.clusterArn ?? `arn:aws:eks:${region}:${accountId}:cluster/app-eks` };
}

export function aServiceAccount(overrides: Partial<KubernetesServiceAccount> = {}): KubernetesServiceAccount {
  const place = inCluster(overrides);
  const namespace = overrides.namespace ?? 'default';
  const name = overrides.name ?? 'app';
  return { id: kubernetesObjectId(place.clusterArn, namespace, 'ServiceAccount', name), ...place, name, namespace, ...overrides };
}

export function aKubernetesContainer(overrides: Partial<KubernetesContainer> = {}): KubernetesContainer {
  return { name: 'app', init: false, capabilitiesAdd: [], ...overrides };
}

export function aPod(overrides: Partial<KubernetesPod> = {}): KubernetesPod {
  const place = inCluster(overrides);
  const namespace = overrides.namespace ?? 'default';
  const name = overrides.name ?? 'app-5d8f-x1y2z';
  return {
    id: kubernetesObjectId(place.clusterArn, namespace, 'Pod', name),
    ...place,
    name,
    namespace,
    serviceAccountName: 'default',
    hostNetwork: false,
    hostPID: false,
    hostIPC: false,
    hostPathVolumes: [],
    containers: [aKubernetesContainer()],
    ...overrides,
  };
}

export function anAwsAuth(overrides: Partial<AwsAuthConfigMap> = {}): AwsAuthConfigMap {
  const place = inCluster(overrides);
  return { id: kubernetesObjectId(place.clusterArn, 'kube-system', 'ConfigMap', 'aws-auth'), ...place, name: 'aws-auth', mappings: [], unparsedEntries: 0, ...overrides };
}

export function aClusterRoleBinding(overrides: Partial<ClusterRoleBinding> = {}): ClusterRoleBinding {
  const place = inCluster(overrides);
  const name = overrides.name ?? 'app-binding';
  return {
    id: kubernetesObjectId(place.clusterArn, CLUSTER_SCOPE, 'ClusterRoleBinding', name),
    ...place,
    name,
    roleRef: { kind: 'ClusterRole', name: 'view' },
    subjects: [],
    ...overrides,
  };
}
