import type { RuleContext, RuleHit } from '../../engine/rule';
import type { PermissionAnalysis } from '../../policy';
import { describeBindings, relatedArns, roleRef, workloadRoles, type WorkloadRole } from '../../workloads/workload-roles';

/** Workload roles with known permissions (roles that were not read have none). */
export function analyzedWorkloadRoles(context: RuleContext): (WorkloadRole & { permissions: PermissionAnalysis })[] {
  return workloadRoles(context).flatMap((workloadRole) => {
    const permissions = context.roles.permissions(workloadRole.role.arn);
    return permissions === undefined ? [] : [{ ...workloadRole, permissions }];
  });
}

/** A finding on a workload role naming the workloads that use it. */
export function workloadRoleHit(
  { role, bindings }: WorkloadRole,
  hit: Pick<RuleHit, 'message' | 'evidence'> & Partial<Pick<RuleHit, 'severity' | 'remediation'>>,
): RuleHit {
  return {
    region: role.region,
    resource: roleRef(role),
    relatedResources: relatedArns(bindings),
    ...hit,
    evidence: { workloads: describeBindings(bindings), ...hit.evidence },
  };
}

