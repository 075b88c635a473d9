import type { Rule } from '../../engine/rule';
import { ciOidcSubBroadRule } from './ci-oidc-sub-broad.rule';
import { ciOidcSubUnscopedRule } from './ci-oidc-sub-unscoped.rule';
import { ecsTasksConfusedDeputyRule } from './ecs-tasks-confused-deputy.rule';
import { irsaProviderMissingRule } from './irsa-provider-missing.rule';
import { irsaSubIneffectiveRule } from './irsa-sub-ineffective.rule';
import { irsaSubMissingRule } from './irsa-sub-missing.rule';
import { irsaSubWildcardRule } from './irsa-sub-wildcard.rule';
import { podIdentityDefaultServiceAccountRule } from './pod-identity-default-service-account.rule';
import { podIdentityTargetOutsideOrgRule } from './pod-identity-target-outside-org.rule';
import { podIdentityTrustUnscopedRule } from './pod-identity-trust-unscoped.rule';
import { trustDanglingPrincipalRule } from './trust-dangling-principal.rule';
import { trustExternalAccountRule } from './trust-external-account.rule';
import { trustPublicRule } from './trust-public.rule';

/** Who can assume the roles containers use: trust policies and EKS Pod Identity associations. */
export const TRUST_RULES: readonly Rule[] = [
  trustPublicRule,
  trustExternalAccountRule,
  ecsTasksConfusedDeputyRule,
  irsaSubMissingRule,
  irsaSubWildcardRule,
  irsaSubIneffectiveRule,
  irsaProviderMissingRule,
  podIdentityTrustUnscopedRule,
  podIdentityDefaultServiceAccountRule,
  podIdentityTargetOutsideOrgRule,
  trustDanglingPrincipalRule,
  ciOidcSubUnscopedRule,
  ciOidcSubBroadRule,
];
