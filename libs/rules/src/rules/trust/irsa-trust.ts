import type { IamRole } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import { isEksIssuer, type TrustGrant, type WebIdentityFacts } from '../../policy';
import { trustGrants } from './role-trust';

/**
 * IRSA grants: an EKS cluster's IAM OIDC provider (`oidc.eks.<region>.amazonaws.com/id/...`) whose tokens
 * are exchanged with sts:AssumeRoleWithWebIdentity. Other OIDC providers (CI systems) are read by ci-oidc-trust.ts.
 */
export function irsaGrants(context: RuleContext): { role: IamRole; grant: TrustGrant; facts: WebIdentityFacts }[] {
  return trustGrants(context).flatMap(({ role, grant }) => {
    const facts = grant.webIdentity;
    if (facts?.providerType !== 'oidc-provider' || !isEksIssuer(facts.issuer) || !grant.actions.includes('sts:AssumeRoleWithWebIdentity')) return [];
    return [{ role, grant, facts }];
  });
}

/** What the sub conditions say, for evidence. */
export function subEvidence(facts: WebIdentityFacts): Record<string, unknown> {
  return {
    issuer: facts.issuer,
    subWeakness: facts.sub.weakness ?? null,
    subConditions: facts.sub.constraints.map((c) => ({ operator: c.operator, key: c.key, values: c.values })),
  };
}
