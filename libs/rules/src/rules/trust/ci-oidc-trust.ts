import type { IamRole } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import { ciOidcFacts, type CiOidcFacts, type TrustGrant } from '../../policy';
import { trustGrants } from './role-trust';

/** Web-identity grants to the OIDC providers CI systems use (GitHub Actions, GitLab, Terraform Cloud, Bitbucket, others). */
export function ciOidcGrants(context: RuleContext): { role: IamRole; grant: TrustGrant; ci: CiOidcFacts }[] {
  return trustGrants(context).flatMap(({ role, grant }) => {
    const facts = grant.webIdentity;
    if (facts === undefined || !grant.actions.includes('sts:AssumeRoleWithWebIdentity')) return [];
    const ci = ciOidcFacts(facts);
    return ci === undefined ? [] : [{ role, grant, ci }];
  });
}

export const PROVIDER_NAMES: Readonly<Record<CiOidcFacts['provider'], string>> = {
  'github-actions': 'GitHub Actions',
  gitlab: 'GitLab',
  'terraform-cloud': 'Terraform Cloud',
  bitbucket: 'Bitbucket Pipelines',
  other: 'an OIDC provider',
};

/** What the sub and aud conditions say, for evidence. */
export function ciEvidence(ci: CiOidcFacts): Record<string, unknown> {
  return { provider: ci.provider, issuer: ci.issuer, reach: ci.reach ?? null, subjects: ci.subjects, audMissing: ci.audMissing };
}
