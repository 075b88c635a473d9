import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { DANGEROUS_CAPABILITIES } from '../containers/dangerous-capabilities.rule';
import { POD_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

export const podDangerousCapabilitiesRule: Rule = {
  metadata: {
    id: 'eks.pod.dangerous-capabilities',
    title: 'Pod container adds dangerous Linux capabilities',
    severity: 'high',
    resourceType: POD_TYPE,
    description: `A container (init containers included) of a running pod adds one of ${DANGEROUS_CAPABILITIES.join(', ')} under securityContext.capabilities.add.`,
    risk:
      'These capabilities allow mounting filesystems, loading kernel modules, tracing other processes, reading any file or ' +
      'reconfiguring the node\'s network: the usual routes from a pod to its node, the node role and the other pods.',
    remediation:
      'Remove the capability from securityContext.capabilities.add (drop ALL and add back only narrow ones such as ' +
      'NET_BIND_SERVICE); only node agents such as the CNI need network administration.',
    references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/', 'https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html'],
    compliance: [],
    reads: { needs: READS.kubernetesPods, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.pods.flatMap((pod) =>
      pod.containers.flatMap((container) => {
        const added = container.capabilitiesAdd.map((capability) => capability.toUpperCase().replace(/^CAP_/, ''));
        const dangerous = DANGEROUS_CAPABILITIES.filter((capability) => added.includes(capability));
        if (dangerous.length === 0) return [];
        return [
          {
            ...inCluster(pod),
            resource: kubernetesRef(pod, POD_TYPE),
            key: container.name,
            message: `Container "${container.name}" of pod ${pod.namespace}/${pod.name} in cluster ${clusterNameOf(pod.clusterArn)} adds ${dangerous.join(', ')}.`,
            evidence: { cluster: clusterNameOf(pod.clusterArn), container: container.name, capabilities: dangerous, owner: pod.owner ?? null },
          },
        ];
      }),
    );
  },
};
