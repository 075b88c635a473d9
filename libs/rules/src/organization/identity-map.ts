import type { SensitiveClass } from '../policy';
import type { WorkloadBinding } from '../workloads/workload-bindings';
import type { AccountIdentitySummary } from './account-summary';

/** One row of the identity map: a workload bound to a role, with the role's risk summary. */
export interface IdentityBinding extends WorkloadBinding {
  readonly accountId: string;
  readonly roleName: string | null;
  readonly adminEquivalent: boolean | null;
  readonly sensitiveClasses: readonly SensitiveClass[];
  readonly trustWeaknesses: readonly string[];
}

/** "Who can be what, where" for one account: every binding with what its role may do and who else may assume it. */
export function identityMapOf(summary: AccountIdentitySummary): IdentityBinding[] {
  const roles = new Map(summary.roles.map((role) => [role.arn, role]));
  return summary.bindings.map((binding) => {
    const role = roles.get(binding.roleArn);
    return {
      ...binding,
      accountId: summary.accountId,
      roleName: role?.roleName ?? null,
      adminEquivalent: role?.adminEquivalent ?? null,
      sensitiveClasses: role?.sensitiveClasses ?? [],
      trustWeaknesses: role?.trustWeaknesses ?? [],
    };
  });
}
