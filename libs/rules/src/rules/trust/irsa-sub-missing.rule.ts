import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { irsaGrants, subEvidence } from './irsa-trust';
import { trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const irsaSubMissingRule: Rule = {
  metadata: {
    id: 'iam.role.irsa-sub-missing',
    title: 'IRSA role trust does not restrict the service account (no sub condition)',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy lets an EKS OIDC provider assume the role with sts:AssumeRoleWithWebIdentity but has no ' +
      'condition on <issuer>:sub. A condition on aud alone does not restrict: aud is sts.amazonaws.com for every pod.',
    risk: 'Every pod of every namespace in the cluster can obtain the role\'s credentials by mounting a projected token.',
    remediation:
      'Add "StringEquals": {"<issuer>:sub": "system:serviceaccount:<namespace>:<service account>", ' +
      '"<issuer>:aud": "sts.amazonaws.com"} to the trust statement.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return irsaGrants(context)
      .filter(({ facts }) => facts.sub.weakness === 'missing')
      .map(({ role, grant, facts }) =>
        trustHit(context, role, grant, {
          severity: 'high',
          message: `Role ${role.roleName} trusts ${facts.issuer} with no sub condition: any service account can assume it.`,
          evidence: subEvidence(facts),
        }),
      );
  },
};
