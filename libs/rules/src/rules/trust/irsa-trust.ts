import type { IamRole } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import type { TrustGrant, WebIdentityFacts } from '../../policy';
import { trustGrants } from './role-trust';

/** IRSA grants: an IAM OIDC provider's tokens exchanged with sts:AssumeRoleWithWebIdentity. */
export function irsaGrants(context: RuleContext): { role: IamRole; grant: TrustGrant; facts: WebIdentityFacts }[] {
  return trustGrants(context).flatMap(({ role, grant }) => {
    const facts = grant.webIdentity;
    if (facts?.providerType !== 'oidc-provider' || !grant.actions.includes('sts:AssumeRoleWithWebIdentity')) return [];
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
