import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOutcome, failedAttemptOutcome, type AwsAttemptOutcomes } from './attempt-outcome';

/** An error shaped as the SDK throws it after deserializing an AWS error response. */
function awsError(name: string, httpStatusCode: number, extra: object = {}): Error {
  return Object.assign(new Error('message'), { name, $metadata: { httpStatusCode }, ...extra });
}

test('throttling is recognized by code whatever the status, by 429, and by the throttling trait', () => {
  assert.equal(failedAttemptOutcome(awsError('Throttling', 400)), 'throttled');
  assert.equal(failedAttemptOutcome(awsError('RequestLimitExceeded', 503)), 'throttled');
  assert.equal(failedAttemptOutcome(awsError('TooManyRequestsException', 400)), 'throttled');
  assert.equal(failedAttemptOutcome(awsError('SomethingNew', 429)), 'throttled');
  assert.equal(failedAttemptOutcome(awsError('SomethingNew', 400, { $retryable: { throttling: true } })), 'throttled');
});

test('other failures are client errors (4xx), server errors (5xx) or network errors (no response)', () => {
  assert.equal(failedAttemptOutcome(awsError('AccessDeniedException', 400)), 'client_error');
  assert.equal(failedAttemptOutcome(awsError('UnauthorizedOperation', 403)), 'client_error');
  assert.equal(failedAttemptOutcome(awsError('InternalFailure', 500)), 'server_error');
  assert.equal(failedAttemptOutcome(awsError('ServiceUnavailable', 503)), 'server_error');
  assert.equal(failedAttemptOutcome(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })), 'network_error');
  assert.equal(failedAttemptOutcome(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), 'network_error');
  assert.equal(failedAttemptOutcome('not an error'), 'network_error');
});

test('outcomes are tallied as "service:outcome"', () => {
  const outcomes: AwsAttemptOutcomes = {};
  countOutcome(outcomes, 'ecs', 'throttled');
  countOutcome(outcomes, 'ecs', 'throttled');
  countOutcome(outcomes, 'ecs', 'success');
  assert.deepEqual(outcomes, { 'ecs:throttled': 2, 'ecs:success': 1 });
});
