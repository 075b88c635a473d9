import type { EcsTaskDefinition } from '@rolecall/model';
import type { Rule } from '../../engine/rule';
import { TASK_DEFINITION_TYPE, taskDefinitionRef } from '../containers/task-definition-ref';
import { READS } from '../../engine/reads';

/** No requiresCompatibilities means EC2 (the ECS default). */
function runsOnEc2(definition: EcsTaskDefinition): boolean {
  return definition.requiresCompatibilities.length === 0 || definition.requiresCompatibilities.includes('EC2');
}

export const noTaskRoleOnEc2Rule: Rule = {
  metadata: {
    id: 'ecs.task-definition.no-task-role-on-ec2',
    title: 'ECS task on EC2 has no task role',
    severity: 'medium',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'A task definition compatible with the EC2 launch type sets no task role.',
    risk:
      'With no task role, AWS SDKs in the containers fall back to the container instance role through the ' +
      'instance metadata service, so the application silently runs with the permissions of the host.',
    remediation:
      'Give the task definition a task role holding only what the application needs, and block container access ' +
      'to IMDS on the container instances (ECS_AWSVPC_BLOCK_IMDS, an iptables rule, or hop limit 1 with IMDSv2).',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'],
    compliance: [],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.ecs.taskDefinitions
      .filter((definition) => definition.taskRoleArn === undefined && runsOnEc2(definition))
      .map((definition) => ({
        region: definition.region,
        resource: taskDefinitionRef(definition),
        message: `Task definition ${definition.family}:${definition.revision} runs on EC2 without a task role; its containers fall back to the instance role.`,
        evidence: {
          requiresCompatibilities: definition.requiresCompatibilities,
          networkMode: definition.networkMode ?? null,
          latestActive: definition.latestActive,
        },
      }));
  },
};
