import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

export const writableRootFilesystemRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.writable-root-filesystem',
    title: 'ECS container root filesystem is writable',
    severity: 'low',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'A container definition does not set readonlyRootFilesystem: true.',
    risk: 'An attacker in the container can drop tools, modify binaries and persist; a read-only root filesystem makes that much harder.',
    remediation: 'Set "readonlyRootFilesystem": true and mount writable volumes only where the application writes.',
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5'],
    compliance: ['AWS Security Hub ECS.5'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container) =>
      container.readonlyRootFilesystem === true
        ? undefined
        : { problem: 'has a writable root filesystem', evidence: { readonlyRootFilesystem: container.readonlyRootFilesystem ?? null } },
    );
  },
};
