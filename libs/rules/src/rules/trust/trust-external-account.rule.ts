import type { Rule } from '../../engine/rule';
import type { PrincipalKind } from '../../policy';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { trustGrants, trustHit } from './role-trust';
import { READS } from '../../engine/reads';

const ACCOUNT_PRINCIPALS: readonly PrincipalKind[] = ['account', 'role', 'user', 'assumed-role'];

export const trustExternalAccountRule: Rule = {
  metadata: {
    id: 'iam.role.trust-external-account',
    title: 'IAM role trusts an account outside the organization',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy admits an account, or a role or user of an account, that is not a member of the AWS ' +
      'Organization. Without a required sts:ExternalId it is high; with one (the third-party pattern AWS ' +
      'recommends) it is low, listed so every door out of the organization stays known.',
    risk:
      'Whoever controls the other account decides who in it may assume the role. A third party compromise, or a ' +
      'confused deputy when no ExternalId is required, hands out the role\'s credentials.',
    remediation:
      'Remove the external principal if the access is no longer needed. Otherwise name the exact role ARN of the ' +
      'vendor and require the ExternalId it issued: "Condition": {"StringEquals": {"sts:ExternalId": "<id>"}}.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return trustGrants(context)
      .filter(({ grant }) => ACCOUNT_PRINCIPALS.includes(grant.principalKind) && grant.insideOrganization === false)
      .map(({ role, grant }) =>
        trustHit(context, role, grant, {
          severity: grant.requiresExternalId ? 'low' : 'high',
          message:
            `Role ${role.roleName} trusts ${grant.principal} in account ${grant.accountId ?? '?'}, outside the organization, ` +
            (grant.requiresExternalId ? 'with a required ExternalId.' : 'with no ExternalId.'),
          evidence: { externalAccountId: grant.accountId, requiresExternalId: grant.requiresExternalId },
        }),
      );
  },
};
