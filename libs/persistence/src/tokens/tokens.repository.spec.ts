import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { describeOnEachEngine } from '../testing/each-engine';
import { TokensRepository } from './tokens.repository';

const HASH_1 = '1'.repeat(64);
const HASH_2 = '2'.repeat(64);

describeOnEachEngine('TokensRepository', (current) => {
  const tokens = () => new TokensRepository(current().database.db);

  test('creates a token and finds it by hash while active', async () => {
    const created = await tokens().create({ name: 'ci', tokenHash: HASH_1, scopes: ['findings:read', 'scans:write', 'findings:read'], createdBy: 'admin' });
    assert.equal(created.name, 'ci');
    assert.deepEqual(created.scopes, ['scans:write', 'findings:read']);
    assert.equal(created.createdBy, 'admin');
    assert.equal(created.revokedAt, null);
    assert.equal(created.lastUsedAt, null);
    assert.ok(created.createdAt instanceof Date);
    assert.equal('tokenHash' in created, false);
    assert.deepEqual(await tokens().findActiveByHash(HASH_1), created);
    assert.equal(await tokens().findActiveByHash(HASH_2), undefined);
  });

  test('rejects invalid input and a duplicate hash without changing what is stored', async () => {
    await assert.rejects(tokens().create({ name: 'x', tokenHash: 'not-a-hash', scopes: ['admin'] }), ZodError);
    await assert.rejects(tokens().create({ name: 'x', tokenHash: HASH_2, scopes: [] }), ZodError);
    await assert.rejects(tokens().create({ name: 'x', tokenHash: HASH_2, scopes: ['root' as 'admin'] }), ZodError);
    await assert.rejects(tokens().create({ name: 'copy', tokenHash: HASH_1, scopes: ['admin'] }));
    assert.deepEqual((await tokens().list()).map((token) => token.name), ['ci']);
  });

  test('revoke hides the token from lookups once; list still shows it', async () => {
    const second = await tokens().create({ name: 'ops', tokenHash: HASH_2, scopes: ['admin'] });
    assert.equal(await tokens().revoke(second.id), true);
    assert.equal(await tokens().revoke(second.id), false);
    assert.equal(await tokens().revoke('00000000-0000-4000-8000-000000000000'), false);
    assert.equal(await tokens().revoke('not-a-uuid'), false);
    assert.equal(await tokens().findActiveByHash(HASH_2), undefined);
    const listed = await tokens().list();
    assert.deepEqual(listed.map((token) => [token.name, token.revokedAt !== null]), [['ops', true], ['ci', false]]);
  });

  test('touch records the latest use and never moves it back', async () => {
    const token = await tokens().findActiveByHash(HASH_1);
    assert.ok(token);
    const later = new Date('2026-06-02T10:00:00.000Z');
    await tokens().touch(token.id, later);
    await tokens().touch(token.id, new Date('2026-06-01T10:00:00.000Z'));
    assert.deepEqual((await tokens().get(token.id))?.lastUsedAt, later);
  });
});
