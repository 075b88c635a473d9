import type { Rule } from '../../engine/rule';
import { CNI_POLICY, attaches, nodeRoles } from './node-roles';
import { ROLE_TYPE, roleRef } from './role-facts';
import { READS, reads } from '../../engine/reads';

export const cniPolicyOnNodeRoleRule: Rule = {
  metadata: {
    id: 'iam.role.eks-cni-policy-on-node-role',
    title: 'AmazonEKS_CNI_Policy is attached to the node role',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description: 'A node group role carries AmazonEKS_CNI_Policy instead of the aws-node service account.',
    risk:
      'The CNI policy can modify network interfaces and IP assignments in the VPC. On the node role, every pod ' +
      'that reaches IMDS gets it, not only the aws-node DaemonSet.',
    remediation:
      'Associate AmazonEKS_CNI_Policy with the kube-system/aws-node service account (EKS Pod Identity or IRSA), ' +
      'then detach it from the node role.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/cni-iam-role.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.nodegroups, READS.podIdentity), enriches: [], concludesFromAbsence: true },
  },
  evaluate({ inventory, roles }) {
    return nodeRoles(inventory, roles)
      .filter(({ role }) => attaches(role, CNI_POLICY))
      .map(({ role, nodegroups }) => {
        const clusters = [...new Set(nodegroups.map((nodegroup) => nodegroup.clusterName))].sort();
        const awsNodeIdentity = inventory.eks.podIdentityAssociations.some(
          (association) => clusters.includes(association.clusterName) && association.namespace === 'kube-system' && association.serviceAccount === 'aws-node',
        );
        return {
          region: role.region,
          resource: roleRef(role),
          message: `Node role ${role.roleName} has ${CNI_POLICY} attached; it belongs on the aws-node service account.`,
          evidence: { policy: CNI_POLICY, clusters, awsNodePodIdentity: awsNodeIdentity },
          relatedResources: nodegroups.map((nodegroup) => nodegroup.arn),
        };
      });
  },
};
