import type { AwsLogger } from './aws-context';

/**
 * A field name is sensitive when its last word names a secret (`secretAccessKey`, `SessionToken`,
 * `credentials`, `authorization`, `x-amz-signature`). AWS call names (`iam:GetAccountAuthorizationDetails`,
 * `ecr:GetAuthorizationToken`) are counters, never secrets, whatever words they contain.
 */
const SENSITIVE_KEY = /(?:^|[a-z0-9_-])(?:secret|secretaccesskey|secretkey|token|password|passphrase|credentials?|authorization|signature|privatekey|apikey)$/i;
const AWS_CALL_NAME = /^[a-z0-9-]+:[A-Z][A-Za-z0-9]*$/;

function isSensitiveKey(key: string): boolean {
  return !AWS_CALL_NAME.test(key) && SENSITIVE_KEY.test(key);
}
const REDACTED = '[redacted]';

function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, isSensitiveKey(key) ? REDACTED : redact(item, depth + 1)]),
  );
}

/**
 * The logger libs/aws writes through: fields whose names look sensitive (secret, token,
 * credentials...) are replaced before they reach the caller's logger, whatever that logger's
 * own redaction. libs/aws only logs ids, codes and counts; this is the second line.
 */
export function safeLogger(logger: AwsLogger | undefined): AwsLogger | undefined {
  if (!logger) return undefined;
  return {
    debug: (fields, message) => logger.debug(redact(fields) as object, message),
    info: (fields, message) => logger.info(redact(fields) as object, message),
    warn: (fields, message) => logger.warn(redact(fields) as object, message),
  };
}
