import type { EcsTaskDefinition, ResourceRef } from '@rolecall/model';

export const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

export function taskDefinitionRef(taskDefinition: EcsTaskDefinition): ResourceRef {
  return {
    arn: taskDefinition.arn,
    type: TASK_DEFINITION_TYPE,
    name: `${taskDefinition.family}:${taskDefinition.revision}`,
  };
}
