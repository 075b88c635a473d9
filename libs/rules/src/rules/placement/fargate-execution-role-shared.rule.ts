import type { Rule } from '../../engine/rule';
import { nodeRoles } from './node-roles';
import { ROLE_TYPE, roleRef } from './role-facts';
import { READS, reads } from '../../engine/reads';

export const fargateExecutionRoleSharedRule: Rule = {
  metadata: {
    id: 'iam.role.fargate-pod-execution-role-shared-with-nodes',
    title: 'Fargate pod execution role is also a node role',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description: 'An EKS Fargate profile uses a role that managed node groups also run as.',
    risk:
      'The pod execution role should only pull images and ship logs. Shared with nodes, it carries the node ' +
      'permissions into Fargate and the Fargate trust into the nodes, blurring what each can do.',
    remediation:
      'Give Fargate profiles a dedicated role with AmazonEKSFargatePodExecutionRolePolicy and a trust on ' +
      'eks-fargate-pods.amazonaws.com restricted with aws:SourceArn.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.fargateProfiles, READS.nodegroups), enriches: [] },
  },
  evaluate({ inventory, roles }) {
    return nodeRoles(inventory, roles).flatMap(({ role, nodegroups }) => {
      const profiles = inventory.eks.fargateProfiles.filter((profile) => profile.podExecutionRoleArn === role.arn);
      if (profiles.length === 0) return [];
      return [
        {
          region: role.region,
          resource: roleRef(role),
          message: `Role ${role.roleName} is the pod execution role of ${profiles.length} Fargate profile(s) and the node role of ${nodegroups.length} node group(s).`,
          evidence: {
            fargateProfiles: profiles.map((profile) => `${profile.clusterName}/${profile.name}`),
            nodegroups: nodegroups.map((nodegroup) => `${nodegroup.clusterName}/${nodegroup.name}`),
          },
          relatedResources: [...profiles, ...nodegroups].map((item) => item.arn),
        },
      ];
    });
  },
};
