import { anyEffective, constraintsOn, describeConstraint, type KeyConstraint } from './condition.constraints';
import {
  PRINCIPAL_TYPES,
  type ConditionClause,
  type PolicyDocument,
  type PolicyStatement,
} from './policy-document.types';
import { coversAction } from './statement.matcher';
import { principalListed } from './trust-principal-match';
import { classifyPrincipal, type TrustContext, type TrustedPrincipal } from './trust-principal';
import { podIdentityFacts, POD_IDENTITY_SERVICE, type PodIdentityFacts } from './trust-pod-identity';
import { denyRestrictsClaim, issuerOf, webIdentityFacts, type WebIdentityFacts } from './trust-web-identity';

/** The STS actions a trust policy can grant, in the order grants list them. */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
] as const;

const CONFUSED_DEPUTY_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

/** One principal admitted by one Allow statement of a trust policy. */
export interface TrustGrant extends TrustedPrincipal {
  readonly statement: number;
  readonly sid?: string;
  readonly actions: readonly string[];
  readonly conditions: readonly ConditionClause[];
  /** Keys of the clauses that actually restrict (see KeyConstraint.effective). */
  readonly effectiveConditionKeys: readonly string[];
  /** An effective (not IfExists, not ForAllValues, not negated) condition on sts:ExternalId. */
  readonly requiresExternalId: boolean;
  /** An effective condition on aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or aws:SourceOrgPaths. */
  readonly confusedDeputyProtected: boolean;
  readonly sourceConstraints: readonly KeyConstraint[];
  readonly webIdentity?: WebIdentityFacts;
  readonly podIdentity?: PodIdentityFacts;
  /** Deny statements naming this principal (or every principal) for one of these actions. */
  readonly deniedBy: readonly number[];
}

export interface TrustAnalysis {
  readonly grants: readonly TrustGrant[];
  /** Statements using NotPrincipal: an anomaly in a trust policy. */
  readonly notPrincipalStatements: readonly number[];
  readonly denyStatements: readonly number[];
}

/** Who can assume the role, and under which conditions. */
export function analyzeTrust(trustPolicy: PolicyDocument, ctx: TrustContext): TrustAnalysis {
  const statements = trustPolicy.statements;
  const denies = statements.filter((s) => s.effect === 'Deny');
  const tagSessionFor = (service: string) =>
    statements.some((s) => s.effect === 'Allow' && s.principal?.Service.includes(service) && coversAction(s, 'sts:TagSession'));
  const grants = statements
    .filter((s) => s.effect === 'Allow' && s.principal !== undefined)
    .flatMap((statement) => {
      const actions = TRUST_ACTIONS.filter((action) => coversAction(statement, action));
      if (actions.length === 0) return [];
      return PRINCIPAL_TYPES.flatMap((type) =>
        (statement.principal?.[type] ?? []).map((value) => {
          const grant = baseGrant(statement, classifyPrincipal(type, value, ctx), actions);
          const applying = denies.filter((d) => denyApplies(d, grant));
          // A Deny negating the web-identity claims restricts them (folded into the facts); it cancels nothing.
          const restrictsClaims = (d: PolicyStatement) => grant.principalKind === 'oidc' && denyRestrictsClaim(d, issuerOf(value));
          const deniedBy = applying.filter((d) => !restrictsClaims(d)).map((d) => d.index);
          const extra =
            grant.principalKind === 'oidc'
              ? { webIdentity: webIdentityFacts(value, statement.conditions, ctx, applying.filter(restrictsClaims)) }
              : type === 'Service' && value === POD_IDENTITY_SERVICE
                ? { podIdentity: podIdentityFacts(statement.conditions, tagSessionFor(value)) }
                : {};
          return { ...grant, ...extra, deniedBy };
        }),
      );
    });
  return {
    grants,
    notPrincipalStatements: statements.filter((s) => s.notPrincipal !== undefined).map((s) => s.index),
    denyStatements: denies.map((s) => s.index),
  };
}

function baseGrant(statement: PolicyStatement, principal: TrustedPrincipal, actions: readonly string[]) {
  const clauses = statement.conditions;
  const sourceConstraints = CONFUSED_DEPUTY_KEYS.flatMap((key) => constraintsOn(clauses, key));
  const effectiveKeys = clauses.map(describeConstraint).filter((c) => c.effective).map((c) => c.key);
  return {
    ...principal,
    statement: statement.index,
    ...(statement.sid === undefined ? {} : { sid: statement.sid }),
    actions,
    conditions: clauses,
    effectiveConditionKeys: [...new Set(effectiveKeys)],
    requiresExternalId: anyEffective(constraintsOn(clauses, 'sts:ExternalId')),
    confusedDeputyProtected: anyEffective(sourceConstraints),
    sourceConstraints,
  };
}

function denyApplies(deny: PolicyStatement, grant: TrustedPrincipal & { actions: readonly string[] }): boolean {
  if (!grant.actions.some((action) => coversAction(deny, action))) return false;
  if (deny.principal !== undefined) return principalListed(deny.principal, grant.principalType, grant.principal);
  return deny.notPrincipal !== undefined && !principalListed(deny.notPrincipal, grant.principalType, grant.principal);
}
