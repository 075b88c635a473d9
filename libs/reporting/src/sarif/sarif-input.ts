import type { Carried, NotAssessed, ResourceRef, Severity } from '@rolecall/model';

/** How a finding compares with the previous scan of the same scope. */
export type FindingState = 'new' | 'unchanged';

/** The suppression that applies to a finding, as reports show it. */
export interface AppliedSuppression {
  id: string;
  reason: string;
  expiresAt: Date | null;
  createdBy: string;
}

/** A stored finding as the reports need it. */
export interface ReportFinding {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  accountId: string;
  region: string;
  resource: ResourceRef;
  remediation: string;
  state: FindingState;
  suppression: AppliedSuppression | null;
  /** Shown again because the rule could not assess the resource in this scan. */
  carried?: Carried;
}

/** What a SARIF rule descriptor is made from (a subset of the rules' RuleMetadata). */
export interface ReportRule {
  id: string;
  title: string;
  severity: Severity;
  resourceType: string;
  description: string;
  risk: string;
  remediation: string;
  references: string[];
  compliance: string[];
}

export interface SarifInput {
  toolVersion: string;
  /** The scan (or, for the current state, a stable name) the results come from: the run id. */
  runId: string;
  /** Canonical scope: becomes the category in automationDetails.id. */
  scopeKey: string;
  /** The previous scan of the scope, when there is one (run.baselineGuid). */
  baselineScanId: string | null;
  rules: readonly ReportRule[];
  findings: readonly ReportFinding[];
  /** Where rules could not assess the scope: tool execution notifications, so readers know what was not looked at. */
  notAssessed?: readonly NotAssessed[];
}
