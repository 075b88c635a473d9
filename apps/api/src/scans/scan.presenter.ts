import type { AccountRunStatus, Finding, Severity } from '@rolecall/model';
import type { CoverageCounts, Scan, ScanAccount } from '@rolecall/persistence';
import { findRule } from '@rolecall/rules';
import type { FindingResponse } from '../findings/finding.response';
import type { CoverageResponse, ScanDetailResponse, ScanResponse } from './scan.response';

/** The JSON a client sees for a scan (its shape is scanSchema's); timestamps as ISO strings. */
export function presentScan(scan: Scan): ScanResponse {
  return {
    id: scan.id,
    status: scan.status,
    scope: scan.scope,
    regions: scan.regions,
    requestedBy: scan.requestedBy,
    createdAt: scan.createdAt.toISOString(),
    startedAt: scan.startedAt?.toISOString() ?? null,
    finishedAt: scan.finishedAt?.toISOString() ?? null,
    error: scan.error,
    accountTotal: scan.accountTotal,
    githubUpload: scan.githubUpload,
  };
}

/**
 * Coverage as (rule, account) pairs over the accounts that were scanned (or failed): assessed where the rule
 * had everything it needs, not assessed where at least one entry of GET /v1/scans/{id}/not-assessed names it.
 */
export function presentCoverage(ruleCount: number, accounts: readonly ScanAccount[], counts: CoverageCounts): CoverageResponse {
  const attempted = accounts.filter((account) => ['succeeded', 'partial', 'failed'].includes(account.status)).length;
  const pairs = ruleCount * attempted;
  const notAssessed = Math.min(counts.rulesAccountsNotAssessed, pairs);
  return { assessed: pairs - notAssessed, notAssessed, notAssessedEntries: counts.entries };
}

export function presentScanDetail(
  scan: Scan,
  progress: Record<AccountRunStatus, number>,
  findingCounts: Record<Severity, number>,
  accounts: ScanAccount[],
  coverage: CoverageResponse,
): Omit<ScanDetailResponse, 'githubUploads'> {
  return {
    ...presentScan(scan),
    progress,
    findingCounts,
    coverage,
    accounts: accounts.map((account) => ({
      accountId: account.accountId,
      accountName: account.accountName,
      status: account.status,
      error: account.error,
      startedAt: account.startedAt?.toISOString() ?? null,
      finishedAt: account.finishedAt?.toISOString() ?? null,
      attempts: account.attempts,
      findingCount: account.findingCount,
      awsCalls: account.awsCalls,
      gaps: account.gaps,
    })),
  };
}

export function presentFinding(finding: Finding): FindingResponse {
  return {
    id: finding.id,
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    accountId: finding.accountId,
    region: finding.region,
    resource: finding.resource,
    relatedResources: finding.relatedResources,
    evidence: finding.evidence,
    remediation: finding.remediation,
    ...ruleContext(finding.ruleId),
    carried: finding.carried ?? null,
  };
}

/**
 * Why the finding matters and where to read more, from the rule's catalog entry; a finding stored by
 * a rule this build no longer has keeps its place with an empty risk rather than failing the page.
 */
function ruleContext(ruleId: string): { risk: string; references: string[] } {
  const metadata = findRule(ruleId)?.metadata;
  return { risk: metadata?.risk ?? '', references: metadata ? [...metadata.references] : [] };
}
