import type { AccountInventory, FingerprintedFinding, OrganizationContext } from '@rolecall/model';
import { anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../engine/rule-engine';

/** What a rule spec asserts of each finding: rule, resource, severity, evidence and related resources. */
export function essentials(findings: readonly FingerprintedFinding[]) {
  return findings.map((f) => ({
    ruleId: f.ruleId,
    resource: f.resource,
    severity: f.severity,
    evidence: f.evidence,
    relatedResources: f.relatedResources,
  }));
}

export function run(engine: RuleEngine, inventory: AccountInventory, organization: OrganizationContext = anOrganization()) {
  return essentials(engine.evaluateAccount({ inventory, organization }));
}
