import { parseArn } from './arn.parser';
import { describeConstraint, type ClauseWeakness, type KeyConstraint } from './condition.constraints';
import type { ConditionClause } from './policy-document.types';
import { WEB_IDENTITY_PROVIDERS, type TrustContext } from './trust-principal';
import { globSubsumes } from './wildcard.matcher';

/**
 * How a claim condition (`<issuer>:sub`, `<issuer>:aud`) falls short:
 * - `missing`: no condition on the claim of this issuer;
 * - `other-issuer`: the claim is constrained under another issuer's key, which this provider's tokens never set;
 * - `wildcard-all` (sub): a wildcard admits every service account (`system:serviceaccount:*`, `*:*`, `*`);
 * - `namespace-wildcard` (sub): a wildcard admits several subjects (a whole namespace, any namespace);
 * - and the clause weaknesses: `if-exists`, `for-all-values`, `negated`, `presence-only`, `wildcard`, `unsupported-operator`.
 */
export type ClaimWeakness = 'missing' | 'other-issuer' | 'namespace-wildcard' | ClauseWeakness;

export interface ClaimConstraint extends Omit<KeyConstraint, 'weakness'> {
  readonly weakness?: ClaimWeakness;
}

export interface ClaimConstraints {
  readonly constraints: readonly ClaimConstraint[];
  /** Some clause on this issuer's claim restricts it. */
  readonly effective: boolean;
  /** Unset when a clause restricts the claim to exact values. */
  readonly weakness?: ClaimWeakness;
}

export interface ServiceAccountRef {
  readonly namespace: string;
  readonly name: string;
}

export interface WebIdentityFacts {
  readonly providerType: 'oidc-provider' | 'cognito' | 'public-idp';
  /** The issuer as condition keys spell it, e.g. `oidc.eks.eu-west-1.amazonaws.com/id/ABC`. */
  readonly issuer: string;
  readonly providerArn?: string;
  /** Whether the provider is among the account's providers; unset when they were not given. */
  readonly knownProvider?: boolean;
  readonly sub: ClaimConstraints;
  readonly aud: ClaimConstraints;
  /** The service accounts the sub condition admits (names may hold wildcards), or `any`. */
  readonly serviceAccounts: readonly ServiceAccountRef[] | 'any';
}

const ALL_SERVICE_ACCOUNTS = 'system:serviceaccount:*:*';
const SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;

export function webIdentityFacts(federated: string, clauses: readonly ConditionClause[], ctx: TrustContext): WebIdentityFacts {
  const arn = parseArn(federated);
  const isProvider = arn !== undefined && arn.resource.startsWith('oidc-provider/');
  const issuer = isProvider ? arn.resource.slice('oidc-provider/'.length) : federated;
  const sub = claimConstraints(clauses, issuer, 'sub');
  return {
    providerType: isProvider ? 'oidc-provider' : issuer.toLowerCase() === WEB_IDENTITY_PROVIDERS[0] ? 'cognito' : 'public-idp',
    issuer,
    ...(isProvider ? { providerArn: federated } : {}),
    ...(isProvider && ctx.oidcProviders !== undefined ? { knownProvider: ctx.oidcProviders.some((p) => p.arn === federated) } : {}),
    sub,
    aud: claimConstraints(clauses, issuer, 'aud'),
    serviceAccounts: sub.effective ? admittedServiceAccounts(sub.constraints) : 'any',
  };
}

function claimConstraints(clauses: readonly ConditionClause[], issuer: string, claim: 'sub' | 'aud'): ClaimConstraints {
  const ownKey = `${issuer}:${claim}`.toLowerCase();
  const own = clauses.filter((c) => c.key.toLowerCase() === ownKey).map((c) => claimConstraint(c, claim));
  const foreign = clauses
    .filter((c) => c.key.toLowerCase().endsWith(`:${claim}`) && c.key.toLowerCase() !== ownKey)
    .map((c): ClaimConstraint => ({ ...describeConstraint(c), effective: false, weakness: 'other-issuer' }));
  const constraints = [...own, ...foreign];
  const effective = own.some((c) => c.effective);
  const weakness = own.some((c) => c.effective && c.weakness === undefined)
    ? undefined
    : effective
      ? own.find((c) => c.effective)?.weakness
      : (constraints[0]?.weakness ?? 'missing');
  return { constraints, effective, ...(weakness === undefined ? {} : { weakness }) };
}

/** For sub, a partial wildcard is read against service-account subjects. */
function claimConstraint(clause: ConditionClause, claim: 'sub' | 'aud'): ClaimConstraint {
  const described = describeConstraint(clause);
  if (claim !== 'sub' || described.weakness !== 'wildcard') return described;
  const admitsAll = clause.values.some((v) => globSubsumes(v, ALL_SERVICE_ACCOUNTS));
  return admitsAll
    ? { ...described, effective: false, weakness: 'wildcard-all' }
    : { ...described, weakness: 'namespace-wildcard' };
}

function admittedServiceAccounts(constraints: readonly ClaimConstraint[]): ServiceAccountRef[] {
  const effective = constraints.filter((c) => c.effective);
  const strictest = effective.find((c) => c.weakness === undefined) ?? effective[0];
  return strictest.values.flatMap((value) => {
    const match = SERVICE_ACCOUNT.exec(value);
    return match === null ? [] : [{ namespace: match[1], name: match[2] }];
  });
}
