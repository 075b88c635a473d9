/** Longest remote text (an error body's message, a network error) kept in errors and logs. */
export const MAX_REMOTE_TEXT = 200;

const REDACTED = '[redacted]';
/** GitHub tokens, credentials after an auth scheme, and any long run of token alphabet (keys, JWT parts, hashes). */
const TOKEN_LIKE = [/\b(?:gh[opsur]_|github_pat_)[A-Za-z0-9_]+/g, /\b(Bearer|Basic|token)\s+[^\s,;]{8,}/gi, /[A-Za-z0-9+/_=.-]{32,}/g];

/**
 * Remote text made safe to store, log and show: the given secrets and anything token-like replaced,
 * control characters removed, and cut to `max` characters.
 */
export function redactRemoteText(text: string, secrets: readonly string[] = [], max = MAX_REMOTE_TEXT): string {
  let safe = text;
  for (const secret of secrets) if (secret.length >= 4) safe = safe.replaceAll(secret, REDACTED);
  safe = safe.replace(/[\p{Cc}\p{Cf}]+/gu, ' ');
  for (const pattern of TOKEN_LIKE) safe = safe.replace(pattern, (match, scheme?: string) => (typeof scheme === 'string' ? `${scheme} ${REDACTED}` : REDACTED));
  safe = safe.replace(/ {2,}/g, ' ').trim();
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** True when a value holds a control character (newline, NUL, DEL ...), which no header or token may. */
export function hasControlCharacter(value: string): boolean {
  return /\p{Cc}/u.test(value);
}
