import type { Rule } from '../../engine/rule';
import type { AdminEquivalence } from '../../policy';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { analyzedWorkloadRoles, workloadRoleHit } from './workload-permissions';
import { READS, reads } from '../../engine/reads';

export const workloadRoleAdminEquivalentRule: Rule = {
  metadata: {
    id: 'iam.workload-role.admin-equivalent',
    title: 'Container workload role is admin-equivalent',
    severity: 'critical',
    resourceType: ROLE_TYPE,
    description:
      'A role used by ECS tasks, IRSA or Pod Identity service accounts, or Fargate pods can do everything in the ' +
      'account: every action on every resource (for some request it can choose to send: region, transport, time, ' +
      'source network), every action but its own guardrails, or a route to full power (rewriting its own policies, ' +
      'creating an admin user or role, rewriting a trust policy and assuming the role).',
    risk:
      'Code execution in one container (a vulnerable dependency, a leaked image) becomes full control of the AWS ' +
      'account: data, networks, and every other workload.',
    remediation:
      'Detach AdministratorAccess (or the policy granting "*" / iam:PutRolePolicy on itself) and attach a policy ' +
      'listing only the actions and resources the workload calls; iam:GenerateServiceLastAccessedDetails or IAM Access ' +
      'Analyzer policy generation gives the starting list.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
    ],
    compliance: ['AWS Security Hub IAM.1', 'CIS AWS Foundations Benchmark 1.16'],
    reads: { needs: reads(READS.roles, READS.taskDefinitions, READS.podIdentity, READS.fargateProfiles), enriches: [] },
  },
  evaluate(context) {
    return analyzedWorkloadRoles(context)
      .filter(({ permissions }) => permissions.isAdminEquivalent)
      .map((workloadRole) =>
        workloadRoleHit(workloadRole, {
          message: `Role ${workloadRole.role.roleName}, used by containers, is admin-equivalent (${workloadRole.permissions.adminEquivalence.basis ?? '?'}).`,
          evidence: adminEvidence(workloadRole.permissions.adminEquivalence, policyNames(workloadRole.role)),
        }),
      );
  },
};

/** The basis, and the route, withheld actions and caller conditions when the basis has them. */
function adminEvidence(admin: AdminEquivalence, policies: string[]): Record<string, unknown> {
  return {
    basis: admin.basis,
    selfGrantActions: admin.selfGrantActions,
    ...(admin.route === undefined ? {} : { route: admin.route }),
    ...(admin.withheldActions === undefined ? {} : { withheldActions: admin.withheldActions }),
    ...(admin.conditionsMet === undefined ? {} : { conditionsMet: admin.conditionsMet }),
    policies,
  };
}

function policyNames(role: { inlinePolicies: { policyName: string }[]; attachedManagedPolicies: { policyArn: string }[] }): string[] {
  return [...role.inlinePolicies.map((p) => p.policyName), ...role.attachedManagedPolicies.map((p) => p.policyArn)];
}
