import type { Rule } from '../../engine/rule';
import type { ClaimWeakness } from '../../policy';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { irsaGrants, subEvidence } from './irsa-trust';
import { trustHit } from './role-trust';
import { READS } from '../../engine/reads';

const INEFFECTIVE: readonly ClaimWeakness[] = ['other-issuer', 'if-exists', 'for-all-values'];

export const irsaSubIneffectiveRule: Rule = {
  metadata: {
    id: 'iam.role.irsa-sub-ineffective',
    title: 'IRSA role trust has a sub condition that never restricts',
    severity: 'critical',
    resourceType: ROLE_TYPE,
    description:
      'The sub condition looks restrictive but holds for any token: it is keyed on another issuer than the trusted ' +
      'provider (that key is never present in its tokens).',
    risk: 'Reviewers believe the role is scoped to one service account while every pod of the cluster can assume it.',
    remediation:
      'Key the condition on the trusted provider\'s issuer with a plain operator: ' +
      '"StringEquals": {"<issuer of the Federated principal>:sub": "system:serviceaccount:<namespace>:<name>"}.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return irsaGrants(context)
      .filter(({ facts }) => facts.sub.weakness !== undefined && INEFFECTIVE.includes(facts.sub.weakness))
      .map(({ role, grant, facts }) =>
        trustHit(context, role, grant, {
          severity: 'critical',
          message: `Role ${role.roleName} trusts ${facts.issuer} with a sub condition that does not restrict (${facts.sub.weakness}).`,
          evidence: subEvidence(facts),
        }),
      );
  },
};
