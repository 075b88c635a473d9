import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import { isUnsupportedOperation } from './error-answer';

type RetryToken = Awaited<ReturnType<AdaptiveRetryStrategy['acquireInitialRetryToken']>>;
type RetryErrorInfo = Parameters<AdaptiveRetryStrategy['refreshRetryTokenForRetry']>[1];
type StandardRetryToken = Parameters<AdaptiveRetryStrategy['refreshRetryTokenForRetry']>[0];

/**
 * The SDK's adaptive retry (client-side rate limiting; throttling and transient errors retried)
 * except for an operation the endpoint does not have (see isUnsupportedOperation): that answer
 * is final, whatever its status, so it costs one attempt and no retry capacity.
 */
export class AdaptiveRetryExceptUnsupported {
  readonly mode = 'adaptive';
  private readonly adaptive: AdaptiveRetryStrategy;

  constructor(maxAttempts: number) {
    this.adaptive = new AdaptiveRetryStrategy(maxAttempts);
  }

  acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    return this.adaptive.acquireInitialRetryToken(retryTokenScope);
  }

  /** Rejecting is how a strategy refuses a retry: the SDK then throws the attempt's error. */
  refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (isUnsupportedOperation(errorInfo.error)) return Promise.reject(new Error('no retry: the endpoint does not have this operation'));
    return this.adaptive.refreshRetryTokenForRetry(token, errorInfo);
  }

  recordSuccess(token: StandardRetryToken): void {
    this.adaptive.recordSuccess(token);
  }
}
