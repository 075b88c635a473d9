import type { Rule } from '../../engine/rule';
import { TASK_DEFINITION_TYPE, taskDefinitionRef } from './task-definition-ref';
import { READS } from '../../engine/reads';

export const privilegedContainerRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.privileged-container',
    title: 'ECS container runs privileged',
    severity: 'high',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'A container definition sets privileged: true, giving the container root on the host.',
    risk:
      'A privileged container has every Linux capability and access to host devices. A compromise of the ' +
      'application becomes a compromise of the container instance, its instance role and every other task on it.',
    remediation:
      'Remove "privileged": true from the container definition and register a new revision. Grant only the ' +
      'specific capability the workload needs under linuxParameters.capabilities.add, if any.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
    ],
    compliance: ['AWS Security Hub ECS.4'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.ecs.taskDefinitions.flatMap((taskDefinition) =>
      taskDefinition.containers
        .filter((container) => container.privileged === true)
        .map((container) => ({
          region: taskDefinition.region,
          resource: taskDefinitionRef(taskDefinition),
          key: container.name,
          message: `Container "${container.name}" in task definition ${taskDefinition.family}:${taskDefinition.revision} runs privileged.`,
          evidence: {
            container: container.name,
            privileged: true,
            networkMode: taskDefinition.networkMode ?? null,
            latestActive: taskDefinition.latestActive,
          },
        })),
    );
  },
};
