import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

export const DANGEROUS_CAPABILITIES = ['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'DAC_READ_SEARCH', 'SYS_RAWIO'];

export const dangerousCapabilitiesRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.dangerous-capabilities',
    title: 'ECS container adds dangerous Linux capabilities',
    severity: 'high',
    resourceType: TASK_DEFINITION_TYPE,
    description: `A container adds one of ${DANGEROUS_CAPABILITIES.join(', ')} under linuxParameters.capabilities.add.`,
    risk:
      'These capabilities allow mounting filesystems, loading kernel modules, tracing other processes, reading any ' +
      'file or reconfiguring the network: the usual routes from a container to its host and its instance role.',
    remediation: 'Remove the capability from linuxParameters.capabilities.add, or replace it with the narrow one the workload needs.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html'],
    compliance: [],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container) => {
      const added = container.capabilitiesAdd.map((capability) => capability.toUpperCase().replace(/^CAP_/, ''));
      const dangerous = DANGEROUS_CAPABILITIES.filter((capability) => added.includes(capability));
      return dangerous.length === 0 ? undefined : { problem: `adds ${dangerous.join(', ')}`, evidence: { capabilities: dangerous } };
    });
  },
};
