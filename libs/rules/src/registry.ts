import type { Rule } from './engine/rule';
import { privilegedContainerRule } from './rules/containers/privileged-container.rule';

/** Every rule Rolecall runs, in catalog order. */
export const ALL_RULES: readonly Rule[] = [privilegedContainerRule];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.metadata.id === id);
}
