import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, type Stack } from './stack';
import { foundationWorld } from './foundation-world';

for (const engine of TEST_ENGINES) {
  describe(`authentication and tokens on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ engine, world: foundationWorld, withWorker: false });
    });
    after(() => stack.close());

    test('no Authorization header -> 401 with the exact error body', async () => {
      const response = await stack.http().get('/v1/scans');
      assert.equal(response.status, 401);
      assert.deepEqual(response.body, {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'missing Authorization header: send "Authorization: Bearer <token>"',
      });
    });

    test('a header that is not a bearer token -> 401', async () => {
      const response = await stack.http().get('/v1/scans').set('Authorization', 'Basic dXNlcjpwYXNz');
      assert.equal(response.status, 401);
      assert.equal(response.body.message, 'Authorization header must be "Bearer <token>"');
    });

    test('an unknown token -> 401', async () => {
      const response = await stack.http().get('/v1/scans').set(bearer('rc_not-a-real-token'));
      assert.equal(response.status, 401);
      assert.deepEqual(response.body, { statusCode: 401, error: 'Unauthorized', message: 'invalid or revoked token' });
    });

    test('/health needs no token', async () => {
      assert.equal((await stack.http().get('/health')).status, 200);
    });

    test('admins create a token shown once; it works within its scopes, 403 outside them, 401 once revoked', async () => {
      const created = await stack
        .http()
        .post('/v1/tokens')
        .set(bearer(ADMIN_TOKEN))
        .send({ name: 'security-platform', scopes: ['findings:read'] });
      assert.equal(created.status, 201);
      assert.match(created.body.token, /^rc_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(created.body.scopes, ['findings:read']);
      assert.equal(created.body.createdBy, 'ROLECALL_ADMIN_TOKEN');
      const reader = created.body.token as string;

      const listed = await stack.http().get('/v1/tokens').set(bearer(ADMIN_TOKEN));
      assert.equal(listed.status, 200);
      const entry = listed.body.items.find((item: { id: string }) => item.id === created.body.id);
      assert.deepEqual(Object.keys(entry).sort(), ['createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'revokedAt', 'scopes']);
      assert.equal(JSON.stringify(listed.body).includes(reader), false);

      assert.equal((await stack.http().get('/v1/scans').set(bearer(reader))).status, 200);
      assert.equal((await stack.http().get('/v1/rules').set(bearer(reader))).status, 200);

      const write = await stack.http().post('/v1/scans').set(bearer(reader)).send({ scope: { organization: true } });
      assert.equal(write.status, 403);
      assert.deepEqual(write.body, { statusCode: 403, error: 'Forbidden', message: 'this token lacks the scans:write scope' });
      const admin = await stack.http().get('/v1/tokens').set(bearer(reader));
      assert.equal(admin.status, 403);
      assert.equal(admin.body.message, 'this token lacks the admin scope');

      const revoked = await stack.http().delete(`/v1/tokens/${created.body.id}`).set(bearer(ADMIN_TOKEN));
      assert.equal(revoked.status, 204);
      const after = await stack.http().get('/v1/scans').set(bearer(reader));
      assert.equal(after.status, 401);
      assert.equal(after.body.message, 'invalid or revoked token');
      const again = await stack.http().delete(`/v1/tokens/${created.body.id}`).set(bearer(ADMIN_TOKEN));
      assert.equal(again.status, 404);
    });

    test('token creation validates its body', async () => {
      const response = await stack
        .http()
        .post('/v1/tokens')
        .set(bearer(ADMIN_TOKEN))
        .send({ name: 'x', scopes: ['root'] });
      assert.equal(response.status, 400);
      assert.match(response.body.message, /^body\.scopes\.0: /);
    });
  });
}

describe('rate limiting', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({
      engine: 'pglite',
      world: foundationWorld,
      withWorker: false,
      env: { ROLECALL_RATE_LIMIT_PER_MINUTE: '3' },
    });
  });
  after(() => stack.close());

  test('the request past the per-token limit gets 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await stack.http().get('/v1/rules').set(bearer(ADMIN_TOKEN))).status, 200);
    const limited = await stack.http().get('/v1/rules').set(bearer(ADMIN_TOKEN));
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(limited.body.message, `rate limit exceeded for this token; retry after ${retryAfter} s`);
    assert.equal((await stack.http().get('/health')).status, 200);
  });
});
