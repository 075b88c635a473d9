import type { CollectionGap } from '@rolecall/model';
import { contentTypeOf, httpStatusOf, isNonAwsAnswer, isUnsupportedOperation } from './clients/error-answer';

const MAX_MESSAGE_LENGTH = 300;

/**
 * The error code AWS (or the network layer) gave a failure: "AccessDenied", "ThrottlingException",
 * "ECONNREFUSED"... An answer without an AWS code (an HTML page) is "UnsupportedOperation" when it
 * says the endpoint lacks the operation (404, 501), else "Http" and its status ("Http502").
 */
export function errorCodeOf(error: unknown): string {
  if (!(error instanceof Error)) return 'UnknownError';
  if (isNonAwsAnswer(error)) return isUnsupportedOperation(error) ? 'UnsupportedOperation' : `Http${httpStatusOf(error)}`;
  const { Code, code } = error as { Code?: unknown; code?: unknown };
  if (typeof Code === 'string' && Code) return Code;
  if (error.name && error.name !== 'Error') return error.name;
  if (typeof code === 'string' && code) return code;
  return 'UnknownError';
}

/** AWS's message, cut to a length; for an answer without an AWS code, its status and type, never its body. */
export function errorMessageOf(error: unknown): string {
  if (isNonAwsAnswer(error)) {
    const contentType = contentTypeOf(error);
    return `HTTP ${httpStatusOf(error)} answer without an AWS error code${contentType ? ` (${contentType})` : ''}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}...` : message;
}

/** A failed AWS call: where it failed and AWS's code and message, nothing of the request. */
export class AwsCallError extends Error {
  override readonly name = 'AwsCallError';
  readonly code: string;

  constructor(
    readonly service: string,
    readonly operation: string,
    readonly region: string,
    cause: unknown,
    /** The code when the caller knows it better than the cause tells (a Kubernetes answer's status). */
    code?: string,
  ) {
    super(errorMessageOf(cause));
    this.code = code ?? errorCodeOf(cause);
  }

  toGap(): CollectionGap {
    return { service: this.service, operation: this.operation, region: this.region, errorCode: this.code, message: this.message };
  }
}

/** The member role could not be assumed: the account cannot be scanned at all. */
export class AccountAccessError extends Error {
  override readonly name = 'AccountAccessError';

  constructor(
    readonly accountId: string,
    readonly code: string,
    message: string,
  ) {
    super(`cannot assume the member role in ${accountId}: ${code}: ${message}`);
  }
}
