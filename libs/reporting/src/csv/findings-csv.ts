import type { Carried } from '@rolecall/model';
import type { AppliedSuppression, FindingState } from '../sarif/sarif-input';
import { csvRecord } from './csv-writer';

/** A finding row as the CSV export shows it. */
export interface CsvFinding {
  id: string;
  scanId: string;
  fingerprint: string;
  ruleId: string;
  severity: string;
  state: FindingState;
  suppression: AppliedSuppression | null;
  accountId: string;
  region: string;
  resource: { arn: string; type: string; name: string };
  title: string;
  message: string;
  remediation: string;
  /** What the rule saw; written as compact JSON in one cell. */
  evidence: Record<string, unknown>;
  /** Set when the rule could not assess the resource in this scan: where it was last assessed. */
  carried?: Carried;
}

export const FINDINGS_CSV_HEADER = csvRecord([
  'id', 'scanId', 'fingerprint', 'ruleId', 'severity', 'state', 'suppressed', 'suppressionReason',
  'accountId', 'region', 'resourceType', 'resourceName', 'resourceArn', 'title', 'message', 'remediation',
  'carriedFromScanId', 'carriedAssessedAt', 'evidence',
]);

export function findingCsvRecord(finding: CsvFinding): string {
  return csvRecord([
    finding.id, finding.scanId, finding.fingerprint, finding.ruleId, finding.severity, finding.state,
    finding.suppression !== null, finding.suppression?.reason, finding.accountId, finding.region,
    finding.resource.type, finding.resource.name, finding.resource.arn, finding.title, finding.message, finding.remediation,
    finding.carried?.fromScanId, finding.carried?.assessedAt, JSON.stringify(finding.evidence),
  ]);
}
