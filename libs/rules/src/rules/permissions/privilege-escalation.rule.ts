import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { analyzedWorkloadRoles, workloadRoleHit } from './workload-permissions';
import { READS, reads } from '../../engine/reads';

export const privilegeEscalationRule: Rule = {
  metadata: {
    id: 'iam.workload-role.privilege-escalation',
    title: 'Container workload role can escalate its privileges',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description:
      'A role used by containers holds a known privilege-escalation path: iam:PassRole with ecs:RunTask, ' +
      'ec2:RunInstances or lambda:CreateFunction, policy editing (iam:PutRolePolicy, iam:CreatePolicyVersion...), ' +
      'sts:AssumeRole on every role, and the like. Admin-equivalent roles are reported by the admin rule instead.',
    risk: 'A compromised container can obtain the permissions of a more privileged role, up to administrator.',
    remediation:
      'Remove the escalating actions, or scope them: iam:PassRole only on the ARNs of the roles the workload must ' +
      'pass with "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}, sts:AssumeRole ' +
      'only on named role ARNs, no iam:* write actions.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
      'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
    ],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.taskDefinitions, READS.podIdentity, READS.fargateProfiles), enriches: [] },
  },
  evaluate(context) {
    return analyzedWorkloadRoles(context).flatMap((workloadRole) => {
      if (workloadRole.permissions.isAdminEquivalent) return [];
      const paths = workloadRole.permissions.privilegeEscalationPaths.filter((path) => !path.conditional);
      if (paths.length === 0) return [];
      return [
        workloadRoleHit(workloadRole, {
          message: `Role ${workloadRole.role.roleName}, used by containers, can escalate: ${paths.map((p) => p.title).join('; ')}.`,
          evidence: {
            paths: paths.map((p) => ({
              id: p.id,
              grants: p.grants.map((g) => ({
                action: g.action,
                resources: g.resources,
                ...(g.conditionsMet === undefined ? {} : { conditionsMet: g.conditionsMet }),
              })),
            })),
          },
        }),
      ];
    });
  },
};
