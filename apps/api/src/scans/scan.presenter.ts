import type { AccountRunStatus, Finding, Severity } from '@rolecall/model';
import type { Scan, ScanAccount } from '@rolecall/persistence';

/** The JSON a client sees for a scan; timestamps as ISO strings. */
export function presentScan(scan: Scan) {
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

export function presentScanDetail(
  scan: Scan,
  progress: Record<AccountRunStatus, number>,
  findingCounts: Record<Severity, number>,
  accounts: ScanAccount[],
) {
  return {
    ...presentScan(scan),
    progress,
    findingCounts,
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

export function presentFinding(finding: Finding) {
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
  };
}
