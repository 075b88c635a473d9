import type { Rule } from '../../engine/rule';
import { TASK_DEFINITION_TYPE, taskDefinitionRef } from '../containers/task-definition-ref';
import { READS } from '../../engine/reads';

export const taskRoleIsExecutionRoleRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.task-role-is-execution-role',
    title: 'ECS task role is also the execution role',
    severity: 'medium',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'The task definition names the same IAM role as its task role and its execution role.',
    risk:
      'The execution role is for the ECS agent (image pulls, logs, secrets injection). Sharing it with the ' +
      'application hands the application every secret and parameter the agent may read, and the agent the ' +
      "application's permissions.",
    remediation:
      'Create a separate execution role with AmazonECSTaskExecutionRolePolicy and the referenced secrets only; ' +
      'keep application permissions on the task role and register a new revision naming both.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html'],
    compliance: [],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.ecs.taskDefinitions.flatMap((definition) => {
      const roleArn = definition.taskRoleArn;
      if (roleArn === undefined || roleArn !== definition.executionRoleArn) return [];
      return [
        {
          region: definition.region,
          resource: taskDefinitionRef(definition),
          message: `Task definition ${definition.family}:${definition.revision} uses ${roleArn} as both task and execution role.`,
          evidence: { roleArn, latestActive: definition.latestActive },
          relatedResources: [roleArn],
        },
      ];
    });
  },
};
