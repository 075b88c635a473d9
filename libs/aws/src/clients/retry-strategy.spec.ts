import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import { AdaptiveRetryExceptUnsupported } from './retry-strategy';

type ErrorInfo = Parameters<AdaptiveRetryStrategy['refreshRetryTokenForRetry']>[1];
type Strategy = Pick<AdaptiveRetryStrategy, 'acquireInitialRetryToken' | 'refreshRetryTokenForRetry'>;
type Token = Parameters<Strategy['refreshRetryTokenForRetry']>[0];

const error = (name: string, status: number): ErrorInfo['error'] =>
  Object.assign(new Error('x'), { name, $metadata: { httpStatusCode: status } }) as ErrorInfo['error'];
// The SDK calls a 5xx TRANSIENT: retried by the adaptive strategy.
const unknownOperation503: ErrorInfo = { error: error('UnknownOperationException', 503), errorType: 'TRANSIENT' };
const serverError500: ErrorInfo = { error: error('ServerException', 500), errorType: 'TRANSIENT' };

async function retries(strategy: Strategy, errorInfo: ErrorInfo): Promise<boolean> {
  const token = (await strategy.acquireInitialRetryToken('')) as Token;
  return strategy.refreshRetryTokenForRetry(token, errorInfo).then(
    (next) => next.getRetryCount() === 1,
    () => false,
  );
}

test('an unknown operation is never retried, even with a status the adaptive strategy retries', async () => {
  assert.equal(await retries(new AdaptiveRetryStrategy(3), unknownOperation503), true);
  assert.equal(await retries(new AdaptiveRetryExceptUnsupported(3), unknownOperation503), false);
});

test('other errors are left to the adaptive strategy: a server error is retried, up to maxAttempts', async () => {
  assert.equal(await retries(new AdaptiveRetryExceptUnsupported(3), serverError500), true);
  assert.equal(await retries(new AdaptiveRetryExceptUnsupported(1), serverError500), false);
});
