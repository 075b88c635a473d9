import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

export const userNotVerifiedRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.user-not-verified',
    title: 'ECS container user not set: non-root not verified',
    severity: 'info',
    resourceType: TASK_DEFINITION_TYPE,
    description:
      'A container definition sets no user, so it runs as the image\'s USER: root unless the image says otherwise. ' +
      'Rolecall does not inspect images, so this is reported as not verified rather than passed.',
    risk: 'Most public base images default to root; without an explicit user the task definition does not guarantee a non-root process.',
    remediation: 'Set "user" explicitly to a non-root uid (for example "1000:1000") in the container definition.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20',
    ],
    compliance: ['AWS Security Hub ECS.20'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container) =>
      container.user === undefined || container.user.trim() === ''
        ? { problem: 'sets no user; whether it runs as root depends on the image', evidence: { user: null, verified: false } }
        : undefined,
    );
  },
};
