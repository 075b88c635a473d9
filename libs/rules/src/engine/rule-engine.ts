import type { FingerprintedFinding, NotAssessed } from '@rolecall/model';
import type { ActionCatalog } from '../policy';
import { notAssessedCovers } from '@rolecall/model';
import { notAssessedFor, placeGaps, unreadFor } from './assessment';
import { findingFingerprint } from './fingerprint';
import { RoleAnalyzer } from './role-analyzer';
import type { AccountInput, Rule, RuleContext, RuleHit, RuleMetadata } from './rule';

/** One account's result: what the rules found, and where each rule could not look. */
export interface AccountAssessment {
  findings: FingerprintedFinding[];
  notAssessed: NotAssessed[];
}

/**
 * Runs every rule over one account's inventory and turns hits into fingerprinted findings. The engine,
 * not the rules, decides from the collection gaps what each rule could not assess (from its declared
 * reads); a hit decided by data that was read is always kept, with the reads it lacked in its evidence.
 */
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
    return this.assessAccount(input, roles).findings;
  }

  assessAccount(input: AccountInput, roles: RoleAnalyzer = this.analyzerFor(input)): AccountAssessment {
    const context: RuleContext = { ...input, roles };
    const { accountId } = context.inventory;
    const gaps = placeGaps(context.inventory.gaps);
    const findings: FingerprintedFinding[] = [];
    const notAssessed: NotAssessed[] = [];
    for (const rule of this.rules) {
      const { metadata } = rule;
      const missed = notAssessedFor(metadata.id, metadata.reads, accountId, gaps);
      notAssessed.push(...missed);
      for (const hit of rule.evaluate(context)) {
        const finding = toFinding(metadata, accountId, hit);
        if (metadata.reads.concludesFromAbsence && missed.some((entry) => notAssessedCovers(entry, finding))) continue;
        const unread = gaps.length === 0 ? [] : unreadFor(metadata.reads, gaps, finding);
        findings.push(unread.length === 0 ? finding : { ...finding, evidence: { ...finding.evidence, unread } });
      }
    }
    return { findings, notAssessed };
  }
}

/** A rule's hit as a finding: the rule's id, title and defaults, the account and the fingerprint added. */
export function toFinding(metadata: RuleMetadata, accountId: string, hit: RuleHit): FingerprintedFinding {
  return {
    ruleId: metadata.id,
    severity: hit.severity ?? metadata.severity,
    title: metadata.title,
    message: hit.message,
    accountId,
    region: hit.region,
    resource: hit.resource,
    relatedResources: hit.relatedResources ?? [],
    evidence: hit.evidence,
    remediation: hit.remediation ?? metadata.remediation,
    fingerprint: findingFingerprint(metadata.id, hit.resource.arn, hit.key),
  };
}
