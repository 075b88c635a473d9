import type { AccountRunStatus, AwsCallCounts, CollectionGap, Finding } from '@rolecall/model';
import type { RolecallMetrics } from './rolecall-metrics';

const THROTTLE_CODES = /throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i;

/** Counts one finished account scan: its result, AWS attempts, failures after retries and findings. */
export function recordAccountScan(
  metrics: RolecallMetrics,
  result: { status: AccountRunStatus; awsCalls: AwsCallCounts; gaps: readonly CollectionGap[]; findings: readonly Pick<Finding, 'severity'>[] },
): void {
  metrics.accountsScanned.inc({ status: result.status });
  for (const [key, count] of Object.entries(result.awsCalls)) {
    const [service = 'unknown', operation = 'unknown'] = key.split(':');
    metrics.awsCalls.inc({ service, operation }, count);
  }
  for (const gap of result.gaps) {
    metrics.awsFailures.inc({ service: gap.service, error: gap.errorCode });
    if (THROTTLE_CODES.test(gap.errorCode)) metrics.throttles.inc({ service: gap.service });
  }
  for (const finding of result.findings) metrics.findings.inc({ severity: finding.severity });
}
