export * from './policy-document.types';
export { PolicyParseError, parsePolicyDocument } from './policy-document.parser';
export { PolicyDocumentCache, parsePolicyDocumentCached } from './policy-document.cache';
export { serializePolicyDocument, type PolicyJson, type PolicyStatementJson } from './policy-document.serializer';
export { globSubsumes, globsIntersect, hasWildcard, isMatchAll, matchesGlob } from './wildcard.matcher';
export { arnMatches, parseArn, type Arn } from './arn.parser';
export {
  ACCESS_LEVELS,
  createActionCatalog,
  serviceOf,
  type AccessLevel,
  type ActionCatalog,
  type ActionCatalogEntry,
} from './action-catalog.model';
export { loadActionCatalog } from './action-catalog.loader';
export { parseOperator, type ParsedOperator, type SetQualifier } from './condition.operators';
export {
  evaluateConditions,
  type ConditionEvaluation,
  type ConditionOutcome,
  type EvaluationOptions,
  type RequestContext,
} from './condition.evaluator';
export { constraintsOn, describeConstraint, type ClauseWeakness, type KeyConstraint } from './condition.constraints';
export { coversAction, coversResource } from './statement.matcher';
export type { ResourceScope } from './resource-scope';
export { computeGrants, type RolePermissions } from './permission-grants';
export { createGrantMap, type ActionGrant, type GrantMap } from './grant-map';
export { grantedUnconditionallyOn, isConditional, resourcesOf } from './grant-queries';
export type { AdminEquivalence } from './admin-equivalence';
export * from './sensitive-actions.catalog';
export { coversAnyRole, findSensitiveActions, type SensitiveAction } from './sensitive-actions';
export { ESCALATION_PATHS, type EscalationPathDefinition } from './escalation-paths.catalog';
export { findEscalationPaths, type EscalationGrant, type EscalationPath } from './escalation-paths';
export { findServiceWildcards } from './service-wildcards';
export { evaluateRequest, type AccessRequest, type RequestDecision } from './request-evaluator';
export { rightSize, type RightSizing } from './right-sizing';
export { analyzePermissions, type PermissionAnalysis } from './permissions.analyzer';
export {
  classifyPrincipal,
  WEB_IDENTITY_PROVIDERS,
  type PrincipalKind,
  type TrustContext,
  type TrustedPrincipal,
} from './trust-principal';
export type { AssumeCaller } from './trust-principal-match';
export {
  webIdentityFacts,
  type ClaimConstraint,
  type ClaimConstraints,
  type ClaimWeakness,
  type ServiceAccountRef,
  type WebIdentityFacts,
} from './trust-web-identity';
export { ciOidcFacts, ciProviderOf, isEksIssuer, type CiOidcFacts, type CiProvider, type CiSubjectReach } from './trust-ci-oidc';
export { POD_IDENTITY_SERVICE, type PodIdentityFacts } from './trust-pod-identity';
export { analyzeTrust, TRUST_ACTIONS, type TrustAnalysis, type TrustGrant } from './trust.analyzer';
export { canAssume, type AssumeDecision } from './trust-can-assume';
