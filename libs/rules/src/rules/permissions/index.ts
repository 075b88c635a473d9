import type { Rule } from '../../engine/rule';
import { workloadRoleAdminEquivalentRule } from './admin-equivalent.rule';
import { broadManagedPolicyRule } from './broad-managed-policy.rule';
import { privilegeEscalationRule } from './privilege-escalation.rule';
import { unusedServicesRule } from './unused-services.rule';

/** What the roles of container workloads (ECS task, IRSA, Pod Identity, Fargate pod execution) may do. */
export const PERMISSION_RULES: readonly Rule[] = [
  workloadRoleAdminEquivalentRule,
  privilegeEscalationRule,
  broadManagedPolicyRule,
  unusedServicesRule,
];
