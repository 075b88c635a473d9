import type { FingerprintedFinding } from '@rolecall/model';
import type { ActionCatalog } from '../policy';
import { findingFingerprint } from './fingerprint';
import { RoleAnalyzer } from './role-analyzer';
import type { AccountInput, Rule, RuleContext } from './rule';

/** Runs every rule over one account's inventory and turns hits into fingerprinted findings. */
export class RuleEngine {
  constructor(
    readonly rules: readonly Rule[],
    readonly catalog: ActionCatalog,
  ) {}

  /** The role analyzer for one account, to share between the rules and the identity summary. */
  analyzerFor(input: AccountInput): RoleAnalyzer {
    return new RoleAnalyzer(input.inventory, input.organization, this.catalog);
  }

  evaluateAccount(input: AccountInput, roles: RoleAnalyzer = this.analyzerFor(input)): FingerprintedFinding[] {
    const context: RuleContext = { ...input, roles };
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
