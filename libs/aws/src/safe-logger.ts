import type { AwsLogger } from './aws-context';

const SENSITIVE_KEY = /secret|token|password|credential|authorization|signature/i;
const REDACTED = '[redacted]';

function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SENSITIVE_KEY.test(key) ? REDACTED : redact(item, depth + 1)]),
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
