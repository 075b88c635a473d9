/** Where a simulated cluster's Kubernetes API answers: under the simulator, by account, region and cluster. */
export const KUBERNETES_PREFIX = '/k8s/';

export function kubernetesEndpoint(baseUrl: string, accountId: string, region: string, clusterName: string): string {
  return `${baseUrl}${KUBERNETES_PREFIX}${accountId}/${region}/${clusterName}`;
}

export interface KubernetesRoute {
  accountId: string;
  region: string;
  clusterName: string;
  /** The API path inside the cluster: /api/v1/pods */
  apiPath: string;
}

export function parseKubernetesRoute(path: string): KubernetesRoute | undefined {
  const match = /^\/k8s\/(\d{12})\/([a-z0-9-]+)\/([A-Za-z0-9_-]+)(\/.*)$/.exec(path);
  return match ? { accountId: match[1], region: match[2], clusterName: match[3], apiPath: match[4] } : undefined;
}

/** The reads a simulated cluster serves (the view permissions' GET and LIST), by path; anything else is 404. */
export const SERVED_READS: Record<string, { operation: string; list: boolean }> = {
  '/api/v1/serviceaccounts': { operation: 'ListServiceAccounts', list: true },
  '/api/v1/pods': { operation: 'ListPods', list: true },
  '/api/v1/namespaces/kube-system/configmaps/aws-auth': { operation: 'GetConfigMap', list: false },
  '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings': { operation: 'ListClusterRoleBindings', list: true },
};
