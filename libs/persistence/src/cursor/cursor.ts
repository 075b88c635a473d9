import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Schema } from '../schema';
import { SettingsRepository } from './settings.repository';

const SIGNING_KEY_SETTING = 'cursor_signing_key';
const MAX_CURSOR_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** A stable hash of the query a cursor belongs to (key order and undefined members do not matter). */
export function hashFilters(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter((key) => filters[key] !== undefined)
    .sort()
    .map((key) => [key, filters[key]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/**
 * Opaque pagination cursors: base64url(JSON { p: payload, f: filtersHash }) "." base64url(HMAC-SHA256).
 * A cursor only decodes for the query it was issued for, and cannot be forged without the key.
 */
export class CursorCodec {
  constructor(private readonly key: Buffer) {}

  /** Uses the signing key in the settings table, generating it on first use. */
  static async load(db: Kysely<Schema>): Promise<CursorCodec> {
    const key = await new SettingsRepository(db).getOrCreate(SIGNING_KEY_SETTING, () => randomBytes(32).toString('hex'));
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`setting ${SIGNING_KEY_SETTING} must be 64 hex digits`);
    return new CursorCodec(Buffer.from(key, 'hex'));
  }

  encode(payload: unknown, filtersHash: string): string {
    const body = Buffer.from(JSON.stringify({ p: payload, f: filtersHash })).toString('base64url');
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  /** Throws InvalidCursorError for a malformed, forged, tampered or foreign cursor. */
  decode<T>(cursor: string, filtersHash: string, payloadSchema: z.ZodType<T>): T {
    const [body, signature, ...rest] = cursor.split('.');
    if (cursor.length > MAX_CURSOR_LENGTH || !body || !signature || rest.length > 0) malformed();
    if (!BASE64URL.test(body) || !BASE64URL.test(signature)) malformed();
    const expected = this.sign(body);
    const presented = Buffer.from(signature, 'base64url');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      throw new InvalidCursorError('cursor signature is invalid');
    }
    const envelope = parseEnvelope(body);
    if (envelope.f !== filtersHash) throw new InvalidCursorError('cursor does not belong to this query');
    const payload = payloadSchema.safeParse(envelope.p);
    if (!payload.success) malformed();
    return payload.data;
  }

  private sign(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }
}

function parseEnvelope(body: string): { p: unknown; f: unknown } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'f' in parsed && 'p' in parsed) return parsed;
  } catch {
    // falls through to the malformed error
  }
  malformed();
}

function malformed(): never {
  throw new InvalidCursorError('cursor is malformed');
}
