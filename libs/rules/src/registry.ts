import type { Rule } from './engine/rule';
import { CONTAINER_RULES } from './rules/containers';
import { PERMISSION_RULES } from './rules/permissions';
import { REACH_RULES } from './rules/reach';
import { TRUST_RULES } from './rules/trust';

/** Every rule Rolecall runs, in catalog order; each category keeps its own list in its folder's index.ts. */
export const ALL_RULES: readonly Rule[] = [...CONTAINER_RULES, ...TRUST_RULES, ...PERMISSION_RULES, ...REACH_RULES];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.metadata.id === id);
}
