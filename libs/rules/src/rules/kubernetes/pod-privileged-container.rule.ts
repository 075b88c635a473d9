import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { POD_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

export const podPrivilegedContainerRule: Rule = {
  metadata: {
    id: 'eks.pod.privileged-container',
    title: 'Pod runs a privileged container',
    severity: 'high',
    resourceType: POD_TYPE,
    description: 'A container (init containers included) of a running pod has securityContext.privileged: true.',
    risk:
      'A privileged container has every capability and the host\'s devices: escaping to the node is routine, and from the ' +
      'node come the node role\'s credentials and every other pod\'s service account tokens.',
    remediation:
      'Remove privileged: true; add only the capabilities the container needs, and enforce the "restricted" (or at least ' +
      '"baseline") Pod Security Standard on the namespace.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      'https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html',
    ],
    compliance: [],
    reads: { needs: READS.kubernetesPods, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.pods.flatMap((pod) =>
      pod.containers
        .filter((container) => container.privileged === true)
        .map((container) => ({
          ...inCluster(pod),
          resource: kubernetesRef(pod, POD_TYPE),
          key: container.name,
          message: `Container "${container.name}" of pod ${pod.namespace}/${pod.name} in cluster ${clusterNameOf(pod.clusterArn)} runs privileged.`,
          evidence: { cluster: clusterNameOf(pod.clusterArn), container: container.name, init: container.init, owner: pod.owner ?? null, serviceAccount: pod.serviceAccountName },
        })),
    );
  },
};
