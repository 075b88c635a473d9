import type { AccountRunStatus, AwsCallCounts, CollectionGap, Finding, NotAssessed } from '@rolecall/model';
import type { RolecallMetrics } from './rolecall-metrics';

const THROTTLE_CODES = /throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i;

/** The outcomes libs/aws gives an attempt; anything else is counted as "other", so the label stays bounded. */
const ATTEMPT_OUTCOMES: ReadonlySet<string> = new Set(['success', 'throttled', 'client_error', 'server_error', 'network_error']);

export interface AccountScanMetrics {
  status: AccountRunStatus;
  /** "service:Operation" -> HTTP attempts, retries included. */
  awsCalls: AwsCallCounts;
  /** "service:outcome" -> HTTP attempts, retries included (collectAccount's awsOutcomes). */
  awsOutcomes?: Readonly<Record<string, number>>;
  gaps: readonly CollectionGap[];
  findings: readonly Pick<Finding, 'severity'>[];
  notAssessed?: readonly Pick<NotAssessed, 'ruleId'>[];
}

/** Counts one finished account scan: its result, AWS attempts and their outcomes, failures after retries and findings. */
export function recordAccountScan(metrics: RolecallMetrics, result: AccountScanMetrics): void {
  metrics.accountsScanned.inc({ status: result.status });
  for (const [key, count] of Object.entries(result.awsCalls)) {
    const [service = 'unknown', operation = 'unknown'] = key.split(':');
    metrics.awsCalls.inc({ service, operation }, count);
  }
  for (const [key, count] of Object.entries(result.awsOutcomes ?? {})) {
    const [service = 'unknown', outcome = 'unknown'] = key.split(':');
    metrics.awsAttempts.inc({ service, outcome: ATTEMPT_OUTCOMES.has(outcome) ? outcome : 'other' }, count);
  }
  for (const gap of result.gaps) {
    metrics.awsFailures.inc({ service: gap.service, error: gap.errorCode });
    if (THROTTLE_CODES.test(gap.errorCode)) metrics.throttles.inc({ service: gap.service });
  }
  for (const finding of result.findings) metrics.findings.inc({ severity: finding.severity });
  for (const entry of result.notAssessed ?? []) metrics.notAssessed.inc({ rule: entry.ruleId });
}
