import type { Insertable, Selectable } from 'kysely';
import { severityRank, type Finding, type FingerprintedFinding } from '@rolecall/model';
import { toJsonb } from '../jsonb';
import type { FindingsTable } from '../schema';

/** Where a finding sits in the listing order: the keyset for findings pagination. */
export interface FindingPosition {
  severityRank: number;
  seq: number;
}

export function toFindingRow(scanId: string, finding: FingerprintedFinding): Insertable<FindingsTable> {
  return {
    scan_id: scanId,
    account_id: finding.accountId,
    fingerprint: finding.fingerprint,
    rule_id: finding.ruleId,
    severity: finding.severity,
    severity_rank: severityRank(finding.severity),
    title: finding.title,
    message: finding.message,
    region: finding.region,
    resource_arn: finding.resource.arn,
    resource_type: finding.resource.type,
    resource_name: finding.resource.name,
    related_resources: toJsonb(finding.relatedResources),
    evidence: toJsonb(finding.evidence),
    remediation: finding.remediation,
    carried: finding.carried === undefined ? null : toJsonb(finding.carried),
  };
}

export function toFinding(row: Selectable<FindingsTable>): Finding {
  return {
    id: row.id,
    scanId: row.scan_id,
    fingerprint: row.fingerprint,
    ruleId: row.rule_id,
    severity: row.severity,
    title: row.title,
    message: row.message,
    accountId: row.account_id,
    region: row.region,
    resource: { arn: row.resource_arn, type: row.resource_type, name: row.resource_name },
    relatedResources: row.related_resources,
    evidence: row.evidence,
    remediation: row.remediation,
    ...(row.carried === null ? {} : { carried: row.carried }),
  };
}

export function toFindingPosition(row: Selectable<FindingsTable>): FindingPosition {
  return { severityRank: row.severity_rank, seq: Number(row.seq) };
}
