import type { Rule } from '../../engine/rule';
import { ROLE_TYPE, isServiceLinked, roleRef } from './role-facts';
import { READS, reads } from '../../engine/reads';

/** From this many task families on one task role, the role is no longer per application. */
const FAMILIES = 3;

export const sharedTaskRoleRule: Rule = {
  metadata: {
    id: 'iam.role.task-role-shared-across-families',
    title: 'One ECS task role is shared by many task families',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description: `A task role is used by ${FAMILIES} or more different task definition families.`,
    risk:
      'A shared task role is the union of what every application needs: a bug in any of them reaches the data ' +
      'and APIs of all of them, and the role can never be right-sized.',
    remediation: 'Create one task role per application (task family) with only the permissions that application uses.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-iam-roles.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.taskDefinitions), enriches: [] },
  },
  evaluate({ inventory, roles }) {
    const families = new Map<string, Set<string>>();
    for (const definition of inventory.ecs.taskDefinitions) {
      if (definition.taskRoleArn === undefined) continue;
      families.set(definition.taskRoleArn, (families.get(definition.taskRoleArn) ?? new Set()).add(definition.family));
    }
    return [...families].flatMap(([roleArn, names]) => {
      const role = roles.role(roleArn);
      if (role === undefined || isServiceLinked(role) || names.size < FAMILIES) return [];
      const sorted = [...names].sort();
      return [
        {
          region: role.region,
          resource: roleRef(role),
          message: `Task role ${role.roleName} is shared by ${sorted.length} task families: ${sorted.join(', ')}.`,
          evidence: { families: sorted },
        },
      ];
    });
  },
};
