/**
 * The Kubernetes reads Rolecall makes in each EKS cluster: GET and LIST only, of objects the built-in
 * `view` permissions allow. Never Secrets. `list` reads are paged with `limit` and `continue`.
 */
export interface KubernetesRead {
  readonly path: string;
  readonly list: boolean;
}

export const KUBERNETES_READS = {
  ListServiceAccounts: { path: '/api/v1/serviceaccounts', list: true },
  ListPods: { path: '/api/v1/pods', list: true },
  GetConfigMap: { path: '/api/v1/namespaces/kube-system/configmaps/aws-auth', list: false },
  ListClusterRoleBindings: { path: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', list: true },
} as const satisfies Record<string, KubernetesRead>;

export type KubernetesReadName = keyof typeof KUBERNETES_READS;
