import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, type Stack } from './stack';
import { foundationWorld } from './foundation-world';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** The audit log, token identity and lastUsedAt, per-address limits, /metrics behind a token, security headers, 405. */
for (const engine of TEST_ENGINES) {
  describe(`api surface on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({
        engine,
        world: foundationWorld,
        withWorker: false,
        env: { ROLECALL_RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '5', ROLECALL_METRICS_TOKEN: METRICS_TOKEN },
      });
    });
    after(() => stack.close());

    const as = (token: string) => ({
      get: (path: string) => stack.http().get(path).set(bearer(token)),
      post: (path: string, body: object) => stack.http().post(path).set(bearer(token)).set('User-Agent', 'audit-probe/1').send(body),
      delete: (path: string) => stack.http().delete(path).set(bearer(token)),
    });

    test('every change is audited by token id and name; a token named ROLECALL_ADMIN_TOKEN cannot pass for the bootstrap admin', async () => {
      const admin = as(ADMIN_TOKEN);
      const impostor = await admin.post('/v1/tokens', { name: 'ROLECALL_ADMIN_TOKEN', scopes: ['admin'] });
      assert.equal(impostor.status, 201);
      assert.equal(impostor.body.createdBy, 'ROLECALL_ADMIN_TOKEN');
      const asImpostor = as(impostor.body.token as string);
      const suppression = await asImpostor.post('/v1/suppressions', { ruleId: 'iam.role.trust-public', reason: 'probe' });
      assert.equal(suppression.status, 201);
      // createdBy names the token by id: the free-text name cannot imitate the bootstrap admin.
      assert.equal(suppression.body.createdBy, `token:${impostor.body.id}`);
      const refused = await asImpostor.post('/v1/suppressions', { reason: 'no rule' });
      assert.equal(refused.status, 400);
      assert.equal((await asImpostor.delete(`/v1/suppressions/${suppression.body.id}`)).status, 204);
      assert.equal((await admin.delete(`/v1/tokens/${impostor.body.id}`)).status, 204);

      const page = await admin.get('/v1/audit-events?limit=2');
      assert.equal(page.status, 200);
      const next = await admin.get(`/v1/audit-events?limit=10&cursor=${encodeURIComponent(page.body.nextCursor as string)}`);
      assert.equal(next.body.nextCursor, null);
      const events = [...page.body.items, ...next.body.items] as Record<string, unknown>[];
      assert.deepEqual(
        events.map(({ token, action, method, path, targetId, status }) => ({ token, action, method, path, targetId, status })),
        [
          { token: { id: 'bootstrap-admin', name: 'ROLECALL_ADMIN_TOKEN' }, action: 'tokens.revoke', method: 'DELETE', path: `/v1/tokens/${impostor.body.id}`, targetId: impostor.body.id, status: 204 },
          { token: { id: impostor.body.id, name: 'ROLECALL_ADMIN_TOKEN' }, action: 'suppressions.remove', method: 'DELETE', path: `/v1/suppressions/${suppression.body.id}`, targetId: suppression.body.id, status: 204 },
          { token: { id: impostor.body.id, name: 'ROLECALL_ADMIN_TOKEN' }, action: 'suppressions.create', method: 'POST', path: '/v1/suppressions', targetId: null, status: 400 },
          { token: { id: impostor.body.id, name: 'ROLECALL_ADMIN_TOKEN' }, action: 'suppressions.create', method: 'POST', path: '/v1/suppressions', targetId: suppression.body.id, status: 201 },
          { token: { id: 'bootstrap-admin', name: 'ROLECALL_ADMIN_TOKEN' }, action: 'tokens.create', method: 'POST', path: '/v1/tokens', targetId: impostor.body.id, status: 201 },
        ],
      );
      assert.match(events[4].sourceAddress as string, /127\.0\.0\.1|::1/);
      assert.equal(events[4].userAgent, 'audit-probe/1');
      assert.ok(!JSON.stringify(events).includes(impostor.body.token as string));
      const byToken = await admin.get(`/v1/audit-events?tokenId=${impostor.body.id}`);
      assert.deepEqual((byToken.body.items as { action: string }[]).map((event) => event.action), ['suppressions.remove', 'suppressions.create', 'suppressions.create']);

      const reader = await admin.post('/v1/tokens', { name: 'reader', scopes: ['findings:read'] });
      const forbidden = await as(reader.body.token as string).get('/v1/audit-events');
      assert.deepEqual([forbidden.status, forbidden.body.message], [403, 'this token lacks the admin scope']);
    });

    test('lastUsedAt is set on use', async () => {
      const admin = as(ADMIN_TOKEN);
      const created = await admin.post('/v1/tokens', { name: 'ci', scopes: ['findings:read'] });
      const listed = async () => ((await admin.get('/v1/tokens')).body.items as { id: string; lastUsedAt: string | null }[]).find((token) => token.id === created.body.id);
      assert.equal((await listed())?.lastUsedAt, null);
      const before = Date.now();
      assert.equal((await as(created.body.token as string).get('/v1/scans')).status, 200);
      const used = (await listed())?.lastUsedAt;
      assert.ok(used && new Date(used).getTime() >= before - 1000, String(used));
    });

    test('security headers on answers, errors and 404s; API answers are not cached', async () => {
      for (const response of [await as(ADMIN_TOKEN).get('/v1/scans'), await stack.http().get('/v1/scans'), await stack.http().get('/no-such-path')]) {
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
        assert.equal(response.headers['x-frame-options'], 'DENY');
        assert.equal(response.headers['referrer-policy'], 'no-referrer');
        assert.match(response.headers['content-security-policy'], /frame-ancestors 'none'/);
        assert.equal(response.headers['cache-control'], 'no-store');
        assert.equal(response.headers['x-powered-by'], undefined);
      }
    });

    test('an unsupported method on a known path -> 405 with Allow; unknown paths and unknown ids stay 404', async () => {
      const put = await stack.http().put('/v1/scans').set(bearer(ADMIN_TOKEN)).send({});
      assert.equal(put.status, 405);
      assert.equal(put.headers.allow, 'GET, HEAD, POST');
      assert.equal(put.body.message, 'PUT is not allowed on /v1/scans; allowed: GET, HEAD, POST');
      const patchToken = await stack.http().patch('/v1/tokens/7d1f8f4e-2f7c-4c55-9a43-1a2b3c4d5e6f').set(bearer(ADMIN_TOKEN)).send({});
      assert.deepEqual([patchToken.status, patchToken.headers.allow], [405, 'DELETE']);
      assert.equal((await stack.http().delete('/health')).status, 405);
      assert.equal((await stack.http().get('/v1/nothing-here').set(bearer(ADMIN_TOKEN))).status, 404);
      const unknown = await stack.http().get('/v1/scans/7d1f8f4e-2f7c-4c55-9a43-1a2b3c4d5e6f').set(bearer(ADMIN_TOKEN));
      assert.deepEqual([unknown.status, unknown.headers.allow], [404, undefined]);
    });

    test('/metrics needs ROLECALL_METRICS_TOKEN when it is set (api tokens are not it)', async () => {
      const none = await stack.http().get('/metrics');
      assert.deepEqual([none.status, none.body.message], [401, '/metrics needs "Authorization: Bearer <ROLECALL_METRICS_TOKEN>"']);
      assert.equal((await stack.http().get('/metrics').set(bearer(ADMIN_TOKEN))).status, 401);
      const scraped = await stack.http().get('/metrics').set(bearer(METRICS_TOKEN));
      assert.equal(scraped.status, 200);
      assert.match(scraped.text, /rolecall_scans\{state="queued"\} 0/);
    });

    // Last: it spends this address's unauthenticated budget (5 a minute in this stack).
    test('requests without a valid token are limited per address (429 with Retry-After); /health and valid tokens are not', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt++) statuses.push((await stack.http().get('/v1/scans').set(bearer(`rc_guess-${attempt}`))).status);
      assert.ok(statuses.includes(429), statuses.join(','));
      assert.ok(statuses.slice(0, statuses.indexOf(429)).every((status) => status === 401 || status === 200), statuses.join(','));
      const limited = await stack.http().get('/v1/scans');
      assert.equal(limited.status, 429);
      assert.match(limited.body.message, /^rate limit exceeded for this address \(requests without a valid token\); retry after \d+ s$/);
      assert.match(limited.headers['retry-after'], /^\d+$/);
      assert.equal((await stack.http().get('/health')).status, 200);
      assert.equal((await as(ADMIN_TOKEN).get('/v1/scans')).status, 200);
    });
  });
}
