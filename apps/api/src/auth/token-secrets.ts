import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Tokens are shown once and stored only as this hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): string {
  return `rc_${randomBytes(32).toString('base64url')}`;
}

/** Compares a presented token with a configured one without leaking timing. */
export function tokensMatch(presented: string, configured: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(presented), 'hex'), Buffer.from(hashToken(configured), 'hex'));
}
