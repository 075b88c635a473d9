import type { FingerprintedFinding, OrganizationContext } from '@rolecall/model';
import { findingFingerprint } from '../engine/fingerprint';
import type { Rule, RuleHit } from '../engine/rule';
import type { AccountIdentitySummary } from './account-summary';

export interface OrganizationInput {
  /** One summary per account of the scan that was assessed. */
  readonly summaries: readonly AccountIdentitySummary[];
  readonly organization: OrganizationContext;
}

/**
 * A rule over the whole organization. It is a Rule so the catalog, docs and API list it, but the
 * account stage gets nothing from it (evaluate returns []): the scan finalizer runs evaluateOrganization
 * over every account summary of the scan.
 */
export interface OrganizationRule extends Rule {
  evaluateOrganization(input: OrganizationInput): (RuleHit & { accountId: string })[];
}

export function isOrganizationRule(rule: Rule): rule is OrganizationRule {
  return 'evaluateOrganization' in rule;
}

/** Runs the organization rules and fingerprints their hits like the account engine does. */
export function evaluateOrganization(rules: readonly Rule[], input: OrganizationInput): FingerprintedFinding[] {
  return rules.filter(isOrganizationRule).flatMap((rule) =>
    rule.evaluateOrganization(input).map((hit) => ({
      ruleId: rule.metadata.id,
      severity: hit.severity ?? rule.metadata.severity,
      title: rule.metadata.title,
      message: hit.message,
      accountId: hit.accountId,
      region: hit.region,
      resource: hit.resource,
      relatedResources: hit.relatedResources ?? [],
      evidence: hit.evidence,
      remediation: hit.remediation ?? rule.metadata.remediation,
      fingerprint: findingFingerprint(rule.metadata.id, hit.resource.arn, hit.key),
    })),
  );
}
