import { parseArn } from './arn.parser';
import { describeConstraint, type ClauseWeakness, type KeyConstraint } from './condition.constraints';
import { parseOperator } from './condition.operators';
import type { ConditionClause, PolicyStatement } from './policy-document.types';
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
  /** Set when the constraint comes from a Deny (`StringNotEquals sub` denies every other subject). */
  readonly effect?: 'Deny';
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

/**
 * Every service-account subject: namespace and name are never empty, so `?*` covers them as `*` does
 * (`system:serviceaccount:?*:*`, `*:?*`, `?*:?*` all admit every service account).
 */
const ALL_SERVICE_ACCOUNTS = 'system:serviceaccount:?*:?*';
const SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;
const SERVICE_ACCOUNT_ANY_CASE = new RegExp(SERVICE_ACCOUNT.source, 'i');

/** The issuer a Federated principal names (`oidc.eks...` for an IAM OIDC provider ARN, else the value). */
export function issuerOf(federated: string): string {
  const arn = parseArn(federated);
  return arn !== undefined && arn.resource.startsWith('oidc-provider/') ? arn.resource.slice('oidc-provider/'.length) : federated;
}

/**
 * Facts about one web-identity principal. `denies`: the conditional Deny statements applying to it;
 * one whose only clause negates this issuer's sub or aud (`StringNotEquals sub [x]`) restricts the
 * claim as the matching Allow would (see denyRestrictsClaim).
 */
export function webIdentityFacts(
  federated: string,
  clauses: readonly ConditionClause[],
  ctx: TrustContext,
  denies: readonly PolicyStatement[] = [],
): WebIdentityFacts {
  const arn = parseArn(federated);
  const isProvider = arn !== undefined && arn.resource.startsWith('oidc-provider/');
  const issuer = issuerOf(federated);
  const denied = denies.filter((deny) => denyRestrictsClaim(deny, issuer)).map((deny) => deny.conditions[0]);
  const sub = claimConstraints(clauses, issuer, 'sub', denied);
  return {
    providerType: isProvider ? 'oidc-provider' : issuer.toLowerCase() === WEB_IDENTITY_PROVIDERS[0] ? 'cognito' : 'public-idp',
    issuer,
    ...(isProvider ? { providerArn: federated } : {}),
    ...(isProvider && ctx.oidcProviders !== undefined ? { knownProvider: ctx.oidcProviders.some((p) => p.arn === federated) } : {}),
    sub,
    aud: claimConstraints(clauses, issuer, 'aud', denied),
    serviceAccounts: sub.effective ? admittedServiceAccounts(sub.constraints) : 'any',
  };
}

/** A Deny with one clause, negating this issuer's sub or aud: it denies every token but the listed ones. */
export function denyRestrictsClaim(deny: PolicyStatement, issuer: string): boolean {
  if (deny.effect !== 'Deny' || deny.conditions.length !== 1) return false;
  const [clause] = deny.conditions;
  const key = clause.key.toLowerCase();
  const op = parseOperator(clause.operator);
  return op.known && op.negated && op.base.startsWith('String') && (key === `${issuer}:sub`.toLowerCase() || key === `${issuer}:aud`.toLowerCase());
}

function claimConstraints(
  clauses: readonly ConditionClause[],
  issuer: string,
  claim: 'sub' | 'aud',
  denied: readonly ConditionClause[],
): ClaimConstraints {
  const ownKey = `${issuer}:${claim}`.toLowerCase();
  const fromDeny = denied
    .filter((c) => c.key.toLowerCase() === ownKey)
    .map((c): ClaimConstraint => ({ ...claimConstraint({ ...c, operator: parseOperator(c.operator).base.replace('Not', '') }, claim), operator: c.operator, effect: 'Deny' }));
  const own = [...clauses.filter((c) => c.key.toLowerCase() === ownKey).map((c) => claimConstraint(c, claim)), ...fromDeny];
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

/**
 * Tokens always carry sub and aud, each one string: `...IfExists` and `ForAllValues:` / `ForAnyValue:`
 * read as the plain operator. For sub, a partial wildcard is read against service-account subjects.
 */
function claimConstraint(clause: ConditionClause, claim: 'sub' | 'aud'): ClaimConstraint {
  const described = { ...describeConstraint(asSingleValuePresent(clause)), operator: clause.operator };
  if (claim !== 'sub' || described.weakness !== 'wildcard') return described;
  const admitsAll = clause.values.some((v) => globSubsumes(v, ALL_SERVICE_ACCOUNTS));
  return admitsAll
    ? { ...described, effective: false, weakness: 'wildcard-all' }
    : { ...described, weakness: 'namespace-wildcard' };
}

function asSingleValuePresent(clause: ConditionClause): ConditionClause {
  const op = parseOperator(clause.operator);
  if (!op.known || op.base === 'Null' || (!op.ifExists && op.qualifier === undefined)) return clause;
  return { ...clause, operator: op.base };
}

/**
 * The service accounts the strictest effective clause admits. Kubernetes names are lower-case, so a
 * case-insensitive operator admits the lower-case spelling of what it lists.
 */
function admittedServiceAccounts(constraints: readonly ClaimConstraint[]): ServiceAccountRef[] {
  const effective = constraints.filter((c) => c.effective);
  const strictest = effective.find((c) => c.weakness === undefined) ?? effective[0];
  const ignoreCase = /ignorecase/i.test(strictest.operator);
  return strictest.values.flatMap((value) => {
    const match = (ignoreCase ? SERVICE_ACCOUNT_ANY_CASE : SERVICE_ACCOUNT).exec(value);
    if (match === null) return [];
    return [ignoreCase ? { namespace: match[1].toLowerCase(), name: match[2].toLowerCase() } : { namespace: match[1], name: match[2] }];
  });
}
