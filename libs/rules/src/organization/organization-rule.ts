import { GLOBAL_REGION, notAssessedCovers, type FingerprintedFinding, type MissingOperation, type NotAssessed, type OrganizationContext } from '@rolecall/model';
import { notAssessedFor, placeGaps, unreadFor, type PlacedGap } from '../engine/assessment';
import type { Rule, RuleHit } from '../engine/rule';
import { toFinding } from '../engine/rule-engine';
import type { AccountIdentitySummary } from './account-summary';

export interface OrganizationInput {
  /** One summary per account of the scan that was assessed. */
  readonly summaries: readonly AccountIdentitySummary[];
  readonly organization: OrganizationContext;
}

/** An organization rule's hit: in an account, and, when it concludes from absence, the region it searched every account in. */
export type OrganizationHit = RuleHit & {
  accountId: string;
  /** The hit says "no account has it in this region": every account of the organization must have been read there. */
  searchedRegion?: string;
};

/**
 * A rule over the whole organization. It is a Rule so the catalog, docs and API list it, but the
 * account stage gets nothing from it (evaluate returns []): the scan finalizer runs evaluateOrganization
 * over every account summary of the scan.
 */
export interface OrganizationRule extends Rule {
  evaluateOrganization(input: OrganizationInput): OrganizationHit[];
}

export function isOrganizationRule(rule: Rule): rule is OrganizationRule {
  return 'evaluateOrganization' in rule;
}

export interface OrganizationAssessment {
  findings: FingerprintedFinding[];
  notAssessed: NotAssessed[];
}

/**
 * Runs the organization rules. Like the account engine, it decides from each account's gaps what a rule
 * could not assess; a hit concluded from absence across the organization stands only when every account
 * of the organization was read in the region it searched, else it is listed as not assessed.
 */
export function evaluateOrganization(rules: readonly Rule[], input: OrganizationInput): OrganizationAssessment {
  const findings: FingerprintedFinding[] = [];
  const notAssessed: NotAssessed[] = [];
  const gapsOf = new Map<string, PlacedGap[]>(input.summaries.map((summary) => [summary.accountId, placeGaps(summary.gaps)]));
  for (const rule of rules.filter(isOrganizationRule)) {
    const { metadata } = rule;
    const missed = [...gapsOf].flatMap(([accountId, gaps]) => notAssessedFor(metadata.id, metadata.reads, accountId, gaps));
    notAssessed.push(...missed);
    for (const hit of rule.evaluateOrganization(input)) {
      const finding = toFinding(metadata, hit.accountId, hit);
      if (metadata.reads.concludesFromAbsence && missed.some((entry) => notAssessedCovers(entry, finding))) continue;
      const unseen = hit.searchedRegion === undefined ? [] : unsearched(input, missed, hit.searchedRegion);
      if (unseen.length > 0) {
        notAssessed.push({ ruleId: metadata.id, accountId: hit.accountId, region: GLOBAL_REGION, resource: hit.resource, missing: unseen });
        continue;
      }
      const unread = unreadFor(metadata.reads, gapsOf.get(hit.accountId) ?? [], finding);
      findings.push(unread.length === 0 ? finding : { ...finding, evidence: { ...finding.evidence, unread } });
    }
  }
  return { findings, notAssessed };
}

/**
 * What keeps a region from having been searched in every account of the organization: accounts not read,
 * regions not collected, and the rule's own not-assessed entries there (`missed`, computed once per rule).
 */
function unsearched(input: OrganizationInput, missed: readonly NotAssessed[], region: string): MissingOperation[] {
  const byAccount = new Map(input.summaries.map((summary) => [summary.accountId, summary]));
  const missing: MissingOperation[] = [];
  const add = (entry: MissingOperation) => {
    if (!missing.some((known) => known.service === entry.service && known.operation === entry.operation && known.errorCode === entry.errorCode)) missing.push(entry);
  };
  for (const account of input.organization.accounts) {
    const summary = byAccount.get(account.id);
    if (summary === undefined) add({ service: 'sts', operation: 'AssumeRole', errorCode: 'AccountNotAssessed' });
    else if (!summary.regions.includes(region)) add({ service: 'ec2', operation: 'DescribeRegions', errorCode: 'RegionNotScanned' });
    else for (const entry of missed) {
      if (entry.accountId === account.id && (entry.region === region || entry.region === GLOBAL_REGION)) entry.missing.forEach(add);
    }
  }
  return missing;
}
