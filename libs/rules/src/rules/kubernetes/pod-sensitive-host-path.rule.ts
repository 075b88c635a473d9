import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { isSensitiveHostPath } from '../containers/sensitive-host-mounts.rule';
import { POD_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

/** EKS nodes run containerd and the kubelet: their sockets and state are as sensitive as Docker's. */
const NODE_TREES = ['/var/lib/kubelet', '/var/lib/containerd', '/run/containerd', '/var/run/containerd'];

export function isSensitiveNodePath(path: string): boolean {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (isSensitiveHostPath(normalized) || /\/(containerd|crio|cri-dockerd)\.sock$/.test(normalized)) return true;
  return NODE_TREES.some((tree) => normalized === tree || normalized.startsWith(`${tree}/`));
}

export const podSensitiveHostPathRule: Rule = {
  metadata: {
    id: 'eks.pod.sensitive-host-path',
    title: 'Pod mounts a sensitive path of the node',
    severity: 'high',
    resourceType: POD_TYPE,
    description:
      'A running pod has a hostPath volume at /, a container runtime socket, /proc, /etc, /root, or the state of Docker, ' +
      'containerd or the kubelet.',
    risk:
      'The runtime socket is root on the node; the node\'s root, /etc or /root expose credentials (kubelet\'s among them) and ' +
      'allow persistence; /proc and the runtime\'s directory expose other pods. A pod compromise becomes a node compromise.',
    remediation: 'Replace the hostPath volume with an emptyDir, a ConfigMap or a persistent volume, or mount only a narrow, read-only subdirectory.',
    references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
    compliance: [],
    reads: { needs: READS.kubernetesPods, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.pods.flatMap((pod) => {
      const volumes = pod.hostPathVolumes.filter((volume) => isSensitiveNodePath(volume.path));
      if (volumes.length === 0) return [];
      return [
        {
          ...inCluster(pod),
          resource: kubernetesRef(pod, POD_TYPE),
          message: `Pod ${pod.namespace}/${pod.name} in cluster ${clusterNameOf(pod.clusterArn)} mounts node path(s) ${volumes.map((volume) => volume.path).join(', ')}.`,
          evidence: { cluster: clusterNameOf(pod.clusterArn), hostPaths: volumes, owner: pod.owner ?? null },
        },
      ];
    });
  },
};
