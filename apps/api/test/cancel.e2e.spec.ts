import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, bearer, startStack, type Stack } from './stack';
import { MANAGEMENT, foundationWorld } from './foundation-world';

describe('cancelling a scan', () => {
  let stack: Stack;
  before(async () => {
    // No worker: the scan stays queued until it is cancelled.
    stack = await startStack({ engine: 'postgres', world: foundationWorld, withWorker: false });
  });
  after(() => stack.close());

  test('a queued scan cancels once; a second cancel is a conflict', async () => {
    const created = await stack
      .http()
      .post('/v1/scans')
      .set(bearer(ADMIN_TOKEN))
      .send({ scope: { accounts: [MANAGEMENT] } });
    assert.equal(created.status, 202);
    assert.equal(created.body.regions, null);

    const cancelled = await stack.http().post(`/v1/scans/${created.body.id}/cancel`).set(bearer(ADMIN_TOKEN));
    assert.equal(cancelled.status, 202);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(typeof cancelled.body.finishedAt, 'string');

    const again = await stack.http().post(`/v1/scans/${created.body.id}/cancel`).set(bearer(ADMIN_TOKEN));
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, {
      statusCode: 409,
      error: 'Conflict',
      message: `scan ${created.body.id} already finished with status cancelled`,
    });
    const read = await stack.http().get(`/v1/scans/${created.body.id}`).set(bearer(ADMIN_TOKEN));
    assert.equal(read.body.status, 'cancelled');
  });
});
