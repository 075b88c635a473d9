import type { Rule } from './engine/rule';
import { CONTAINER_RULES } from './rules/containers';

/** Every rule Rolecall runs, in catalog order; each category keeps its own list in its folder's index.ts. */
export const ALL_RULES: readonly Rule[] = [...CONTAINER_RULES];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.metadata.id === id);
}
