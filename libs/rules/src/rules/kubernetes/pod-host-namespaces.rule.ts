import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { POD_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

export const podHostNamespacesRule: Rule = {
  metadata: {
    id: 'eks.pod.host-namespaces',
    title: 'Pod shares the node\'s network, process or IPC namespace',
    severity: 'high',
    resourceType: POD_TYPE,
    description: 'A running pod sets hostNetwork, hostPID or hostIPC.',
    risk:
      'On the host network a pod reaches the node\'s instance metadata whatever the hop limit, and with it the node role\'s ' +
      'credentials, and it can bind the node\'s ports; hostPID lets it see and signal every process of the node; hostIPC ' +
      'exposes the node\'s shared memory.',
    remediation:
      'Remove hostNetwork, hostPID and hostIPC from the pod spec (only node agents such as the CNI need them), and enforce ' +
      'the "baseline" Pod Security Standard on application namespaces.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    ],
    compliance: [],
    reads: { needs: READS.kubernetesPods, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.pods.flatMap((pod) => {
      const shared = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((namespace) => pod[namespace]);
      if (shared.length === 0) return [];
      return [
        {
          ...inCluster(pod),
          resource: kubernetesRef(pod, POD_TYPE),
          message: `Pod ${pod.namespace}/${pod.name} in cluster ${clusterNameOf(pod.clusterArn)} shares the node's ${shared.join(', ')}.`,
          evidence: { cluster: clusterNameOf(pod.clusterArn), shared, reachesInstanceMetadata: pod.hostNetwork, owner: pod.owner ?? null, serviceAccount: pod.serviceAccountName },
        },
      ];
    });
  },
};
