import type { AccountInventory, ContainerDefinition, EcsTaskDefinition, Evidence, Severity } from '@rolecall/model';
import type { RuleHit } from '../../engine/rule';
import { taskDefinitionRef } from './task-definition-ref';

export interface ContainerIssue {
  /** What is wrong, after `Container "<name>" in task definition <family>:<revision> `. */
  problem: string;
  evidence: Evidence;
  severity?: Severity;
}

/** One hit per container the inspection flags, keyed by container name. */
export function containerHits(
  inventory: AccountInventory,
  inspect: (container: ContainerDefinition, definition: EcsTaskDefinition) => ContainerIssue | undefined,
): RuleHit[] {
  return inventory.ecs.taskDefinitions
    .flatMap((definition) =>
      definition.containers.flatMap((container) => {
        const issue = inspect(container, definition);
        if (issue === undefined) return [];
        return [
          {
            region: definition.region,
            resource: taskDefinitionRef(definition),
            key: container.name,
            message: `Container "${container.name}" in task definition ${definition.family}:${definition.revision} ${issue.problem}.`,
            evidence: { container: container.name, ...issue.evidence, latestActive: definition.latestActive },
            ...(issue.severity === undefined ? {} : { severity: issue.severity }),
          },
        ];
      }),
    );
}
