import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { trustGrants, trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const trustDanglingPrincipalRule: Rule = {
  metadata: {
    id: 'iam.role.trust-dangling-principal',
    title: 'IAM role trusts a deleted principal',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy lists a unique id (AROA..., AIDA...) where an ARN was written: IAM shows a principal that way ' +
      'after it was deleted.',
    risk:
      'The entry no longer admits anyone, but it hides what access was intended; recreating a principal with the ' +
      'same name does not restore it, which invites a hasty "*" fix.',
    remediation:
      'Remove the unique id from the Principal element, or replace it with the ARN of the principal that should ' +
      'assume the role, e.g. "arn:aws:iam::<account id>:role/<name>".',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles'],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return trustGrants(context)
      .filter(({ grant }) => grant.principalKind === 'unique-id')
      .map(({ role, grant }) =>
        trustHit(context, role, grant, {
          severity: 'low',
          message: `Role ${role.roleName} trusts ${grant.principal}, the unique id of a deleted principal.`,
          evidence: {},
        }),
      );
  },
};
