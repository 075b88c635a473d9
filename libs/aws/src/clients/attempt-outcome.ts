/** What became of one HTTP attempt to AWS. A fixed set, so it can be a metrics label. */
export const AWS_ATTEMPT_OUTCOMES = ['success', 'throttled', 'client_error', 'server_error', 'network_error'] as const;
export type AwsAttemptOutcome = (typeof AWS_ATTEMPT_OUTCOMES)[number];

/** "service:outcome" -> HTTP attempts, retries included (e.g. "ecs:throttled": 3). */
export type AwsAttemptOutcomes = Record<string, number>;

/** The codes the SDK's retry strategy treats as throttling (EC2's RequestLimitExceeded is a 503). */
const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

interface SdkErrorShape {
  name?: unknown;
  Code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

/**
 * Classifies a failed attempt: throttled first (whatever its status), then by HTTP status;
 * an error without a response (refused, reset, timed out) is a network error.
 */
export function failedAttemptOutcome(error: unknown): Exclude<AwsAttemptOutcome, 'success'> {
  const shape: SdkErrorShape = typeof error === 'object' && error !== null ? error : {};
  const status = typeof shape.$metadata?.httpStatusCode === 'number' ? shape.$metadata.httpStatusCode : undefined;
  const codes = [shape.name, shape.Code].filter((code): code is string => typeof code === 'string');
  if (status === 429 || shape.$retryable?.throttling === true || codes.some((code) => THROTTLING_CODES.has(code))) return 'throttled';
  if (status === undefined) return 'network_error';
  return status >= 400 && status < 500 ? 'client_error' : 'server_error';
}

export function countOutcome(outcomes: AwsAttemptOutcomes, service: string, outcome: AwsAttemptOutcome): void {
  const key = `${service}:${outcome}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}
