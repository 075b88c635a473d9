import type { Rule } from '../../engine/rule';
import { nodeRoles } from './node-roles';
import { ROLE_TYPE, roleRef } from './role-facts';
import { READS, reads } from '../../engine/reads';

export const nodeRoleUsedByWorkloadsRule: Rule = {
  metadata: {
    id: 'iam.role.node-role-used-by-workloads',
    title: 'EKS node role is also a workload role',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description: 'A node group role is also used as an ECS task role or an EKS Pod Identity role.',
    risk:
      'A role serving both nodes and workloads accumulates both sets of permissions: every pod reaching IMDS ' +
      'gets the workload permissions, and the workload can act as a node (join clusters, pull every image).',
    remediation: 'Create a dedicated role for the workload and keep the node role to the node baseline.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.nodegroups, READS.taskDefinitions, READS.podIdentity), enriches: [] },
  },
  evaluate({ inventory, roles }) {
    return nodeRoles(inventory, roles).flatMap(({ role, nodegroups }) => {
      const taskDefinitions = inventory.ecs.taskDefinitions.filter((definition) => definition.taskRoleArn === role.arn);
      const associations = inventory.eks.podIdentityAssociations.filter((association) => association.roleArn === role.arn);
      if (taskDefinitions.length + associations.length === 0) return [];
      return [
        {
          region: role.region,
          resource: roleRef(role),
          message: `Node role ${role.roleName} is also used by ${taskDefinitions.length + associations.length} workload(s).`,
          evidence: {
            nodegroups: nodegroups.map((nodegroup) => `${nodegroup.clusterName}/${nodegroup.name}`),
            taskDefinitions: taskDefinitions.map((definition) => `${definition.family}:${definition.revision}`),
            podIdentity: associations.map((association) => `${association.clusterName}/${association.namespace}/${association.serviceAccount}`),
          },
          relatedResources: [...taskDefinitions, ...associations].map((workload) => workload.arn),
        },
      ];
    });
  },
};
