import type { FingerprintedFinding } from '@rolecall/model';
import { findingFingerprint } from './fingerprint';
import type { Rule, RuleContext } from './rule';

/** Runs every rule over one account's inventory and turns hits into fingerprinted findings. */
export class RuleEngine {
  constructor(readonly rules: readonly Rule[]) {}

  evaluateAccount(context: RuleContext): FingerprintedFinding[] {
    const findings: FingerprintedFinding[] = [];
    for (const rule of this.rules) {
      const { metadata } = rule;
      for (const hit of rule.evaluate(context)) {
        findings.push({
          ruleId: metadata.id,
          severity: hit.severity ?? metadata.severity,
          title: metadata.title,
          message: hit.message,
          accountId: context.inventory.accountId,
          region: hit.region,
          resource: hit.resource,
          relatedResources: hit.relatedResources ?? [],
          evidence: hit.evidence,
          remediation: hit.remediation ?? metadata.remediation,
          fingerprint: findingFingerprint(metadata.id, hit.resource.arn, hit.key),
        });
      }
    }
    return findings;
  }
}
