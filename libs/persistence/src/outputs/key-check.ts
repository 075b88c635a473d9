import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { SettingsRepository } from '../cursor/settings.repository';
import type { Schema } from '../schema';

/** The settings row holding the check value of the key that first sealed a secret in this database. */
export const KEY_CHECK_SETTING = 'encryption_key_check';

/** A value that identifies a key without revealing it: HMAC-SHA256 of a fixed label, truncated. */
export function keyCheckValue(key: Buffer): string {
  return `v1.${createHmac('sha256', key).update('rolecall encryption key check').digest('base64url').slice(0, 22)}`;
}

export class EncryptionKeyMismatchError extends Error {
  override readonly name = 'EncryptionKeyMismatchError';
}

/**
 * Stores the key's check value at first use and refuses any other key afterwards, so a process
 * started with the wrong ROLECALL_ENCRYPTION_KEY stops at boot instead of failing every upload later.
 */
export async function verifyEncryptionKey(db: Kysely<Schema>, key: Buffer): Promise<void> {
  const expected = keyCheckValue(key);
  const stored = await new SettingsRepository(db).getOrCreate(KEY_CHECK_SETTING, () => expected);
  if (stored !== expected) {
    throw new EncryptionKeyMismatchError(
      'ROLECALL_ENCRYPTION_KEY is not the key this database first used (its key check value differs): ' +
        'start with the original key, or the stored GitHub tokens cannot be opened',
    );
  }
}
