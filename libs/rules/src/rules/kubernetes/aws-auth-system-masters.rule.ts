import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { CONFIG_MAP_TYPE, clusterNameOf, clusterOf, inCluster, kubernetesRef } from './kubernetes-ref';

const MASTERS = 'system:masters';

export const awsAuthSystemMastersRule: Rule = {
  metadata: {
    id: 'eks.aws-auth.system-masters',
    title: 'aws-auth maps an IAM role or user to system:masters',
    severity: 'high',
    resourceType: CONFIG_MAP_TYPE,
    description:
      'The kube-system/aws-auth ConfigMap of a cluster that authenticates through it (CONFIG_MAP or API_AND_CONFIG_MAP) maps ' +
      'an IAM role or user to the system:masters group. (A cluster in API mode ignores aws-auth: its mappings are not reported.)',
    risk:
      'system:masters bypasses RBAC entirely and cannot be narrowed or revoked by any binding: whoever can assume the role ' +
      '(or holds the user\'s keys) is cluster administrator, and the grant is invisible to IAM and to EKS access entries.',
    remediation:
      'Remove the system:masters group from the mapping; grant what is needed with an access entry and an access policy ' +
      '(or a Kubernetes group bound to a narrower ClusterRole), then move the cluster to the API authentication mode.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html',
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    ],
    compliance: [],
    reads: { needs: READS.awsAuth, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.awsAuth.flatMap((configMap) => {
      const mode = clusterOf(inventory, configMap.clusterArn)?.authenticationMode;
      if (mode === 'API') return [];
      return configMap.mappings
        .filter((mapping) => mapping.groups.includes(MASTERS))
        .map((mapping) => ({
          ...inCluster(configMap, [mapping.arn]),
          resource: kubernetesRef({ ...configMap, namespace: 'kube-system' }, CONFIG_MAP_TYPE),
          key: mapping.arn,
          message: `aws-auth of cluster ${clusterNameOf(configMap.clusterArn)} maps IAM ${mapping.kind} ${mapping.arn} to system:masters.`,
          evidence: { cluster: clusterNameOf(configMap.clusterArn), authenticationMode: mode ?? null, principalKind: mapping.kind, principalArn: mapping.arn, username: mapping.username ?? null, groups: mapping.groups },
        }));
    });
  },
};
