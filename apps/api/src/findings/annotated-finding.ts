import type { Finding } from '@rolecall/model';
import type { AppliedSuppression, FindingState, ReportFinding } from '@rolecall/reporting';

/** A stored finding with its state against the previous scan of its scope and the suppression that applies. */
export interface AnnotatedFinding extends Finding {
  state: FindingState;
  suppression: AppliedSuppression | null;
}

export function toReportFinding(finding: AnnotatedFinding): ReportFinding {
  return {
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    accountId: finding.accountId,
    region: finding.region,
    resource: finding.resource,
    remediation: finding.remediation,
    state: finding.state,
    suppression: finding.suppression,
  };
}
