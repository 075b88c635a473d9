import type { EksAccessEntry } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import { parseArn, type TrustGrant } from '../../policy';

const ADMIN_POLICY = /\/AmazonEKSClusterAdminPolicy$/;

/** Cluster-wide AmazonEKSClusterAdminPolicy or the system:masters group. */
export function grantsClusterAdmin(entry: EksAccessEntry): boolean {
  return (
    entry.kubernetesGroups.includes('system:masters') ||
    entry.accessPolicies.some((policy) => ADMIN_POLICY.test(policy.policyArn) && policy.scopeType === 'cluster')
  );
}

/** Why a trust grant is weak: anyone, an outside account with no ExternalId, or any service account of an OIDC issuer. */
function weakGrant(grant: TrustGrant): string | undefined {
  if (grant.deniedBy.length > 0) return undefined;
  if (grant.principalKind === 'any' && grant.effectiveConditionKeys.length === 0) return 'trusts any principal';
  if (grant.insideOrganization === false && !grant.requiresExternalId && grant.principalKind !== 'service') {
    return `trusts ${grant.principal} outside the organization without an ExternalId`;
  }
  if (grant.webIdentity?.serviceAccounts === 'any') return `trusts every identity of ${grant.webIdentity.issuer}`;
  return undefined;
}

/** Why the principal is not fit for cluster admin, or undefined when it is (or cannot be judged). */
export function principalWeakness({ inventory, organization, roles }: RuleContext, principalArn: string): string | undefined {
  const arn = parseArn(principalArn);
  if (arn === undefined) return undefined;
  const inside = arn.account === inventory.accountId || organization.accounts.some((account) => account.id === arn.account);
  if (!inside) return `account ${arn.account} is outside the organization`;
  if (arn.resource.startsWith('user/')) return 'an IAM user (long-lived credentials)';
  if (!arn.resource.startsWith('role/') || arn.account !== inventory.accountId) return undefined;
  const trust = roles.trust(principalArn);
  return trust?.grants.map(weakGrant).find((reason) => reason !== undefined);
}
