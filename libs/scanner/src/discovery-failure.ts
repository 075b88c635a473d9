/**
 * Shown when the SDK found no credentials at all: a new user's first scan usually fails this way,
 * and the one thing that works without an AWS account is the demo against the bundled simulator.
 */
export const NO_CREDENTIALS_HINT =
  'no AWS credentials were found (set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where a role is attached); ' +
  'to try Rolecall without AWS, run `npm run demo`, which scans the bundled AWS simulator';

/** Why organization discovery failed, as the scan's error says it; a missing-credentials failure carries the hint. */
export function discoveryFailureReason(error: unknown): string {
  const reason = `organization discovery failed: ${describeAwsError(error)}`;
  const noCredentials = error instanceof Error && error.name === 'CredentialsProviderError';
  return noCredentials ? `${reason}; ${NO_CREDENTIALS_HINT}` : reason;
}

/** An AWS error as "Code: message" (the SDK puts the code in Code or name). */
export function describeAwsError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { name?: string; Code?: string }).Code ?? error.name;
    return code && code !== 'Error' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
