import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

/** root or uid 0, alone or with a group; ContainerAdministrator on Windows. */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0]?.trim().toLowerCase();
  return name === 'root' || name === '0' || name === 'containeradministrator';
}

export const rootUserRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.root-user',
    title: 'ECS container runs as root',
    severity: 'medium',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'A container definition sets user to root (or uid 0, or ContainerAdministrator on Windows).',
    risk:
      'A process running as root inside the container turns a container escape, a writable host mount or an ' +
      'added capability into root on the host, with its instance role.',
    remediation: 'Set "user" to a non-root uid (for example "1000:1000") and build the image to run as that user.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20',
    ],
    compliance: ['AWS Security Hub ECS.20', 'AWS Security Hub ECS.21'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container) =>
      container.user !== undefined && isRootUser(container.user)
        ? { problem: `runs as user "${container.user}"`, evidence: { user: container.user } }
        : undefined,
    );
  },
};
