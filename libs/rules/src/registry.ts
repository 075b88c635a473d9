import type { Rule } from './engine/rule';
import { CONTAINER_RULES } from './rules/containers';
import { EKS_ACCESS_RULES } from './rules/eks-access';
import { IMDS_RULES } from './rules/imds';
import { KUBERNETES_RULES } from './rules/kubernetes';
import { PERMISSION_RULES } from './rules/permissions';
import { PLACEMENT_RULES } from './rules/placement';
import { REACH_RULES } from './rules/reach';
import { TRUST_RULES } from './rules/trust';

/** Every rule Rolecall runs, in catalog order; each category keeps its own list in its folder's index.ts. */
export const ALL_RULES: readonly Rule[] = [...CONTAINER_RULES, ...TRUST_RULES, ...PERMISSION_RULES, ...REACH_RULES, ...PLACEMENT_RULES, ...IMDS_RULES, ...EKS_ACCESS_RULES, ...KUBERNETES_RULES];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.metadata.id === id);
}
