import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, type Stack } from './stack';
import { MANAGEMENT, foundationWorld } from './foundation-world';

const SCOPE_MESSAGE = 'body.scope: must be {"organization": true} or {"accounts": ["<12-digit account id>", ...]}';

for (const engine of TEST_ENGINES) {
  describe(`bad input on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ engine, world: foundationWorld, withWorker: false });
    });
    after(() => stack.close());

    const postScan = (body: string) =>
      stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).set('Content-Type', 'application/json').send(body);

    /** A rejected request leaves no scan stored and no job queued. */
    async function assertNothingStored(): Promise<void> {
      const scans = await stack.http().get('/v1/scans').set(bearer(ADMIN_TOKEN));
      assert.deepEqual(scans.body.items, []);
      assert.equal(await stack.jobCounts(), 0);
    }

    const cases: { name: string; body: string; status: number; message: string | RegExp }[] = [
      { name: 'malformed JSON', body: '{"scope": {"organization": true', status: 400, message: /^malformed JSON body: / },
      {
        name: 'an unknown top-level field',
        body: JSON.stringify({ scope: { organization: true }, priority: 'high' }),
        status: 400,
        message: 'body: Unrecognized key: "priority"',
      },
      {
        name: 'an account id that is not 12 digits',
        body: JSON.stringify({ scope: { accounts: ['12345'] } }),
        status: 400,
        message: 'body.scope.accounts.0: must be a 12-digit AWS account id',
      },
      {
        name: 'an unknown region',
        body: JSON.stringify({ scope: { organization: true }, regions: ['us-east-1', 'mars-north-1'] }),
        status: 400,
        message: 'body.regions.1: unknown AWS region "mars-north-1"',
      },
      {
        name: 'organization: false',
        body: JSON.stringify({ scope: { organization: false } }),
        status: 400,
        message: SCOPE_MESSAGE,
      },
      { name: 'a missing body', body: '', status: 400, message: SCOPE_MESSAGE },
      {
        name: 'an oversized body',
        body: JSON.stringify({ scope: { accounts: Array.from({ length: 6000 }, () => MANAGEMENT) } }),
        status: 413,
        message: 'request body exceeds 65536 bytes',
      },
    ];
    for (const { name, body, status, message } of cases) {
      test(`POST /v1/scans with ${name} -> ${status}, nothing stored or queued`, async () => {
        const response = await postScan(body);
        assert.equal(response.status, status);
        if (typeof message === 'string') assert.equal(response.body.message, message);
        else assert.match(response.body.message, message);
        await assertNothingStored();
      });
    }

    test('an unknown scan id -> 404, a malformed one -> 400', async () => {
      const unknown = await stack.http().get('/v1/scans/7d1f8f4e-2f7c-4c55-9a43-1a2b3c4d5e6f').set(bearer(ADMIN_TOKEN));
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.message, 'scan 7d1f8f4e-2f7c-4c55-9a43-1a2b3c4d5e6f not found');
      const malformed = await stack.http().get('/v1/scans/not-a-uuid/findings').set(bearer(ADMIN_TOKEN));
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.message, 'path: scan id must be a UUID');
      const cancel = await stack.http().post('/v1/scans/7d1f8f4e-2f7c-4c55-9a43-1a2b3c4d5e6f/cancel').set(bearer(ADMIN_TOKEN));
      assert.equal(cancel.status, 404);
    });

    test('forged, tampered and foreign cursors -> 400 naming the problem', async () => {
      const forged = await stack.http().get('/v1/scans?cursor=eyJwIjoxfQ.c2lnbmF0dXJl').set(bearer(ADMIN_TOKEN));
      assert.equal(forged.status, 400);
      assert.equal(forged.body.message, 'query.cursor: cursor signature is invalid');
      const garbage = await stack.http().get('/v1/scans?cursor=%%%').set(bearer(ADMIN_TOKEN));
      assert.equal(garbage.status, 400);
      assert.equal(garbage.body.message, 'query.cursor: cursor is malformed');
    });

    test('unknown query parameters and out-of-range limits -> 400', async () => {
      const unknown = await stack.http().get('/v1/scans?sort=asc').set(bearer(ADMIN_TOKEN));
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.message, 'query: Unrecognized key: "sort"');
      const limit = await stack.http().get('/v1/scans?limit=0').set(bearer(ADMIN_TOKEN));
      assert.equal(limit.status, 400);
      assert.match(limit.body.message, /^query\.limit: /);
    });
  });
}
