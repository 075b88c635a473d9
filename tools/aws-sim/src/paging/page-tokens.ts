import { createHmac, randomBytes } from 'node:crypto';

/**
 * Opaque pagination tokens: the offset of the next page, bound by an HMAC to the call that produced it
 * (service, operation, account, region and filters), so forged or reused tokens are rejected.
 */
export class PageTokens {
  private readonly secret = randomBytes(32);

  encode(scope: string, offset: number): string {
    const payload = String(offset);
    return Buffer.from(`${payload}.${this.sign(scope, payload)}`).toString('base64url');
  }

  /** The offset a token carries, or undefined when the token was not issued for this scope. */
  decode(scope: string, token: string): number | undefined {
    const text = Buffer.from(token, 'base64url').toString();
    const dot = text.indexOf('.');
    if (dot < 1) return undefined;
    const payload = text.slice(0, dot);
    if (text.slice(dot + 1) !== this.sign(scope, payload) || !/^\d+$/.test(payload)) return undefined;
    return Number(payload);
  }

  private sign(scope: string, payload: string): string {
    return createHmac('sha256', this.secret).update(`${scope}\n${payload}`).digest('base64url').slice(0, 22);
  }
}
