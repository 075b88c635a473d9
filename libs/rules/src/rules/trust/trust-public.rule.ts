import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { trustGrants, trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const trustPublicRule: Rule = {
  metadata: {
    id: 'iam.role.trust-public',
    title: 'IAM role can be assumed by anyone',
    severity: 'critical',
    resourceType: ROLE_TYPE,
    description: 'The trust policy allows Principal "*" (or {"AWS": "*"}) with no condition that restricts who the caller is.',
    risk:
      'Any AWS account in the world can call sts:AssumeRole on the role and get its credentials, including every ' +
      'permission the containers using it hold.',
    remediation:
      'Replace the "*" principal with the exact principals that need the role, e.g. {"Service": "ecs-tasks.amazonaws.com"} ' +
      'for a task role, or add a condition such as "StringEquals": {"aws:PrincipalOrgID": "o-xxxxxxxxxx"}.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return trustGrants(context)
      .filter(({ grant }) => grant.principalKind === 'any' && grant.effectiveConditionKeys.length === 0)
      .map(({ role, grant }) =>
        trustHit(context, role, grant, {
          severity: 'critical',
          message: `Role ${role.roleName} trusts every AWS principal ("*") without a restricting condition.`,
          evidence: { conditions: grant.conditions.map((c) => `${c.operator} ${c.key}`) },
        }),
      );
  },
};
