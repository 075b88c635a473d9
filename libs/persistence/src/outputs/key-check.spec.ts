import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOnEachEngine } from '../testing/each-engine';
import { SettingsRepository } from '../cursor/settings.repository';
import { EncryptionKeyMismatchError, KEY_CHECK_SETTING, keyCheckValue, verifyEncryptionKey } from './key-check';

const FIRST = Buffer.from('3f9c1a7e52b04d86e1c97a3b5d20f468ac13e97b0d5f2c8641a9e7b3d05c2f18', 'hex');
const OTHER = Buffer.from('7c2e9b14f0a65d38c1e4b97a02d6f3851be0c47a9d3f6e2815c8a0b74e9d12f6', 'hex');

describeOnEachEngine('encryption key check', (current) => {
  test('the first key is recorded by its check value, then only that key passes', async () => {
    const db = current().database.db;
    await verifyEncryptionKey(db, FIRST);
    const stored = await new SettingsRepository(db).get(KEY_CHECK_SETTING);
    assert.equal(stored, keyCheckValue(FIRST));
    assert.ok(!stored.includes(FIRST.toString('hex')) && !stored.includes(FIRST.toString('base64url')));
    await verifyEncryptionKey(db, FIRST);
    await assert.rejects(verifyEncryptionKey(db, OTHER), (error: Error) => {
      assert.ok(error instanceof EncryptionKeyMismatchError);
      assert.match(error.message, /^ROLECALL_ENCRYPTION_KEY is not the key this database first used/);
      return true;
    });
    assert.equal(await new SettingsRepository(db).get(KEY_CHECK_SETTING), keyCheckValue(FIRST));
  });
});

test('check values differ between keys and are stable for one', () => {
  assert.equal(keyCheckValue(FIRST), keyCheckValue(Buffer.from(FIRST)));
  assert.notEqual(keyCheckValue(FIRST), keyCheckValue(OTHER));
  assert.match(keyCheckValue(FIRST), /^v1\.[A-Za-z0-9_-]{22}$/);
});
