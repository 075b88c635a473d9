import type { Rule } from '../../engine/rule';
import { POD_IDENTITY_SERVICE } from '../../policy';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { trustGrants, trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const podIdentityTrustUnscopedRule: Rule = {
  metadata: {
    id: 'iam.role.pod-identity-trust-unscoped',
    title: 'EKS Pod Identity role trust has no scoping condition',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy lets pods.eks.amazonaws.com assume the role with no aws:SourceAccount, aws:SourceOrgID or ' +
      'aws:RequestTag/kubernetes-namespace, kubernetes-service-account or eks-cluster-arn condition.',
    risk:
      'Anyone who can create a Pod Identity association in any cluster of any account can bind the role to a pod ' +
      'of their choosing.',
    remediation:
      'Add to the trust statement: "Condition": {"StringEquals": {"aws:SourceAccount": "<account id>", ' +
      '"aws:RequestTag/kubernetes-namespace": "<namespace>", "aws:RequestTag/kubernetes-service-account": "<name>"}}.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html'],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return trustGrants(context)
      .filter(({ grant }) => grant.podIdentity !== undefined && !grant.podIdentity.restricted)
      .map(({ role, grant }) =>
        trustHit(context, role, grant, {
          severity: 'medium',
          message: `Role ${role.roleName} trusts ${POD_IDENTITY_SERVICE} without any scoping condition.`,
          evidence: { tagSessionAllowed: grant.podIdentity?.tagSessionAllowed ?? false },
        }),
      );
  },
};
