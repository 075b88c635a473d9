import type { Rule } from '../../engine/rule';
import { presentDocuments } from './baseline';
import { excessPermissionsHit } from './excess-permissions';
import { referencedArns, referencedSecretsTolerated } from './execution-role-references';
import { ROLE_TYPE, isServiceLinked } from './role-facts';
import { READS, reads } from '../../engine/reads';

const BASELINE = 'AmazonECSTaskExecutionRolePolicy';

export const executionRoleExcessRule: Rule = {
  metadata: {
    id: 'iam.role.execution-role-excess-permissions',
    title: 'ECS execution role holds application permissions',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description:
      'A task execution role grants more than AmazonECSTaskExecutionRolePolicy plus reading the secrets and ' +
      'parameters its task definitions reference (compared with the live managed policy in the inventory).',
    risk:
      'The execution role is used by the ECS agent, outside the application, and is rarely reviewed. Application ' +
      'permissions or broad secret access placed there widen what a compromised agent, host or task definition author can reach.',
    remediation:
      'Move application permissions to the task role. Limit secretsmanager:GetSecretValue / ssm:GetParameters to ' +
      'the ARNs the task definitions reference and kms:Decrypt to their keys.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.taskDefinitions), enriches: [] },
  },
  evaluate(context) {
    const { inventory } = context;
    const baseline = presentDocuments(inventory, [BASELINE]);
    if (baseline.length === 0) return [];
    const roleArns = [...new Set(inventory.ecs.taskDefinitions.flatMap((definition) => definition.executionRoleArn ?? []))];
    return roleArns.flatMap((roleArn) => {
      const role = context.roles.role(roleArn);
      if (role === undefined || isServiceLinked(role)) return [];
      const definitions = inventory.ecs.taskDefinitions.filter((definition) => definition.executionRoleArn === roleArn);
      const check = {
        role,
        usage: 'Execution role',
        baseline,
        baselineNames: [BASELINE],
        relatedResources: definitions.map((definition) => definition.arn),
        tolerated: referencedSecretsTolerated(referencedArns(definitions)),
      };
      return excessPermissionsHit(context, check, 'medium');
    });
  },
};
