import type { Rule } from '../../engine/rule';
import { TASK_DEFINITION_TYPE, taskDefinitionRef } from './task-definition-ref';
import { READS } from '../../engine/reads';

export const hostNamespacesRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.host-namespaces',
    title: 'ECS task shares host namespaces',
    severity: 'medium',
    resourceType: TASK_DEFINITION_TYPE,
    description: 'The task definition uses the host network (networkMode host), PID (pidMode host) or IPC (ipcMode host) namespace.',
    risk:
      'Host networking reaches the instance metadata service and every port on the host; the host PID namespace ' +
      'lets containers see and signal host processes; host IPC exposes shared memory. Each weakens isolation from the host and its role.',
    remediation: 'Use awsvpc networking and leave pidMode / ipcMode unset (or "task") unless a documented need exists.',
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-17',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3',
    ],
    compliance: ['AWS Security Hub ECS.17', 'AWS Security Hub ECS.3'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return inventory.ecs.taskDefinitions.flatMap((definition) => {
      const shared = [
        definition.networkMode === 'host' ? 'network' : undefined,
        definition.pidMode === 'host' ? 'pid' : undefined,
        definition.ipcMode === 'host' ? 'ipc' : undefined,
      ].filter((namespace): namespace is string => namespace !== undefined);
      if (shared.length === 0) return [];
      return [
        {
          region: definition.region,
          resource: taskDefinitionRef(definition),
          severity: shared.includes('pid') ? 'high' : 'medium',
          message: `Task definition ${definition.family}:${definition.revision} shares the host ${shared.join(', ')} namespace(s).`,
          evidence: { namespaces: shared, latestActive: definition.latestActive },
        },
      ];
    });
  },
};
