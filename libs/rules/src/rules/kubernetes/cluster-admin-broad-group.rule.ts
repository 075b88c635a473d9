import type { Rule } from '../../engine/rule';
import { READS } from '../../engine/reads';
import { CLUSTER_ROLE_BINDING_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

/** Groups every caller (or every service account of the cluster) is in. */
const BROAD_GROUPS: ReadonlySet<string> = new Set(['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts']);

export const clusterAdminBroadGroupRule: Rule = {
  metadata: {
    id: 'eks.cluster-role-binding.cluster-admin-broad-group',
    title: 'cluster-admin is bound to every user, every anonymous caller or every service account',
    severity: 'critical',
    resourceType: CLUSTER_ROLE_BINDING_TYPE,
    description:
      'A ClusterRoleBinding grants the cluster-admin ClusterRole to system:authenticated, system:unauthenticated or ' +
      'system:serviceaccounts.',
    risk:
      'Everyone in the group is cluster administrator: any IAM principal mapped into the cluster, any anonymous caller of a ' +
      'public endpoint, or any pod\'s service account token. Secrets, workloads and every IRSA role they use follow.',
    remediation: 'Delete the binding (kubectl delete clusterrolebinding <name>) and bind cluster-admin only to named users or narrow groups.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles',
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    ],
    compliance: [],
    reads: { needs: READS.clusterRoleBindings, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.eks.clusterRoleBindings.flatMap((binding) => {
      if (binding.roleRef.kind !== 'ClusterRole' || binding.roleRef.name !== 'cluster-admin') return [];
      const groups = binding.subjects.filter((subject) => subject.kind === 'Group' && BROAD_GROUPS.has(subject.name)).map((subject) => subject.name);
      if (groups.length === 0) return [];
      return [
        {
          ...inCluster(binding),
          resource: kubernetesRef(binding, CLUSTER_ROLE_BINDING_TYPE),
          message: `ClusterRoleBinding ${binding.name} in cluster ${clusterNameOf(binding.clusterArn)} makes ${groups.join(', ')} cluster-admin.`,
          evidence: { cluster: clusterNameOf(binding.clusterArn), roleRef: binding.roleRef, groups },
        },
      ];
    });
  },
};
