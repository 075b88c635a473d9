import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { irsaGrants } from './irsa-trust';
import { trustHit } from './role-trust';
import { READS, reads } from '../../engine/reads';

export const irsaProviderMissingRule: Rule = {
  metadata: {
    id: 'iam.role.irsa-provider-missing',
    title: 'IRSA role trusts an OIDC provider that does not exist in the account',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description: 'The trust policy names an IAM OIDC provider of the role\'s own account that the account does not have.',
    risk:
      'The trust is stale, usually left over from a deleted cluster; whoever later registers a provider with that issuer ' +
      'in the account (it needs only iam:CreateOpenIDConnectProvider) brings the trust back to life.',
    remediation:
      'Delete the role if no cluster uses it, or point the Federated principal at the provider of the live cluster: ' +
      '"arn:aws:iam::<account id>:oidc-provider/<cluster issuer without https://>".',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.oidcProviders), enriches: [], concludesFromAbsence: true },
  },
  evaluate(context) {
    return irsaGrants(context)
      .filter(({ role, facts }) => facts.knownProvider === false && facts.providerArn?.includes(`::${role.accountId}:`) === true)
      .map(({ role, grant, facts }) =>
        trustHit(context, role, grant, {
          severity: 'low',
          message: `Role ${role.roleName} trusts OIDC provider ${facts.issuer}, which the account does not have.`,
          evidence: { issuer: facts.issuer, providerArn: facts.providerArn },
        }),
      );
  },
};
