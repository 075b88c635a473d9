import type { Rule } from '../../engine/rule';
import { grantsClusterAdmin, principalWeakness } from './principal-weakness';
import { READS, reads } from '../../engine/reads';

export const clusterAdminWeakPrincipalRule: Rule = {
  metadata: {
    id: 'eks.access-entry.cluster-admin-weak-principal',
    title: 'EKS cluster-admin access granted to a weak principal',
    severity: 'high',
    resourceType: 'AWS::EKS::AccessEntry',
    description:
      'An access entry grants AmazonEKSClusterAdminPolicy (cluster scope) or system:masters to an IAM user, to a ' +
      'principal of an account outside the organization, or to a role whose trust policy is weak.',
    risk:
      'Cluster admin reads every secret and runs anything on every node (and so gets the node roles). Long-lived ' +
      'user keys, outside accounts or a role anyone can assume put that one credential leak away.',
    remediation:
      'Grant cluster admin only to in-organization roles assumed through SSO with a strict trust policy; give other ' +
      'principals namespace-scoped access policies, and delete the user or external entries.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html'],
    compliance: [],
    reads: { needs: reads(READS.accessEntries, READS.roles), enriches: [] },
  },
  evaluate(context) {
    const { inventory } = context;
    return inventory.eks.accessEntries.flatMap((entry) => {
      if (!grantsClusterAdmin(entry)) return [];
      const weakness = principalWeakness(context, entry.principalArn);
      if (weakness === undefined) return [];
      return [
        {
          region: entry.region,
          resource: { arn: entry.arn, type: 'AWS::EKS::AccessEntry', name: `${entry.clusterName}/${entry.principalArn}` },
          severity: weakness.startsWith('trusts any') || weakness.includes('outside the organization') ? 'critical' : 'high',
          message: `Cluster ${entry.clusterName} grants cluster admin to ${entry.principalArn}: ${weakness}.`,
          evidence: {
            principalArn: entry.principalArn,
            weakness,
            kubernetesGroups: entry.kubernetesGroups,
            accessPolicies: entry.accessPolicies.map((policy) => policy.policyArn),
          },
          relatedResources: [entry.principalArn],
        },
      ];
    });
  },
};
