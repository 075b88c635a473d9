/**
 * What an error answer says about itself: the AWS error code it carried, if any, and its HTTP
 * status. An emulator or a proxy may answer with a web page (an HTML 404) or an empty body: the
 * SDK then names the error after its failed parse ("SyntaxError", an XML parse "Error") or its
 * placeholders ("Unknown", "UnknownError", "NotFound" for a 404 without a code).
 */
const NO_AWS_CODE_NAMES: ReadonlySet<string> = new Set(['SyntaxError', 'Error', 'Unknown', 'UnknownError', 'NotFound']);

/** Codes for "this endpoint has no such operation": JSON protocols, Query and EC2, S3-style. */
const UNSUPPORTED_OPERATION_CODES: ReadonlySet<string> = new Set(['UnknownOperationException', 'InvalidAction', 'NotImplemented']);

interface ErrorAnswerShape {
  name?: unknown;
  Code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { headers?: Record<string, unknown> };
}

function shapeOf(error: unknown): ErrorAnswerShape {
  return typeof error === 'object' && error !== null ? error : {};
}

/** The HTTP status of the answer; undefined when there was none (refused, reset, timed out). */
export function httpStatusOf(error: unknown): number | undefined {
  const status = shapeOf(error).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The AWS error code the answer carried; undefined for a success or an answer without one. */
export function awsErrorCodeOf(error: unknown): string | undefined {
  const { Code, name } = shapeOf(error);
  if (typeof Code === 'string' && Code) return Code;
  return typeof name === 'string' && name && !NO_AWS_CODE_NAMES.has(name) ? name : undefined;
}

/** An HTTP error answer that is not AWS's (no AWS error code): a web page, an empty or unparsable body. */
export function isNonAwsAnswer(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && status >= 300 && awsErrorCodeOf(error) === undefined;
}

/**
 * The endpoint does not have the operation: AWS's unknown-operation codes (whatever the status),
 * HTTP 501, or a 404 without an AWS error code. Asking again cannot help.
 */
export function isUnsupportedOperation(error: unknown): boolean {
  const code = awsErrorCodeOf(error);
  if (code !== undefined && UNSUPPORTED_OPERATION_CODES.has(code)) return true;
  const status = httpStatusOf(error);
  return status === 501 || (status === 404 && code === undefined);
}

/** The answer's media type ("text/html"), letters, digits and "/.+-" only, for messages. */
export function contentTypeOf(error: unknown): string | undefined {
  const headers = shapeOf(error).$response?.headers ?? {};
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
  const value = key === undefined ? undefined : headers[key];
  if (typeof value !== 'string') return undefined;
  const mediaType = value.split(';')[0].trim().slice(0, 80);
  return /^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ? mediaType : undefined;
}
