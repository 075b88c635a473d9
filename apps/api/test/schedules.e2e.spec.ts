import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Queue } from 'bullmq';
import { SCHEDULE_QUEUE } from '@rolecall/jobs';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, WORKLOADS, foundationWorld } from './foundation-world';

interface Run {
  dueAt: string;
  outcome: string;
  scanId: string | null;
  reason: string | null;
}

describe('schedules', () => {
  let stack: Stack;
  let schedulers: Queue;
  before(async () => {
    // Per-second schedules: the minimum interval (default 5 minutes) lowered to 0.6 s for this stack.
    stack = await startStack({ engine: 'postgres', world: foundationWorld, env: { ROLECALL_SCHEDULE_MIN_INTERVAL_MINUTES: '0.01' } });
    schedulers = new Queue(SCHEDULE_QUEUE, { connection: { url: stack.config.REDIS_URL }, prefix: stack.queuePrefix });
  });
  after(async () => {
    await schedulers.obliterate({ force: true });
    await schedulers.close();
    await stack.close();
  });

  test('bad cron, time zone or field is refused with the field named', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ cron: 'every day', scope: { organization: true } }, /cron: must be a cron expression/],
      [{ cron: '0 3 * * *', timezone: 'Mars/Olympus', scope: { organization: true } }, /timezone: must be an IANA time zone/],
      [{ cron: '0 3 * * *', scope: { organization: true }, extra: 1 }, /extra/],
    ];
    for (const [body, message] of cases) {
      const response = await stack.http().post('/v1/schedules').set(bearer(ADMIN_TOKEN)).send(body);
      assert.equal(response.status, 400);
      assert.match(JSON.stringify(response.body), message);
    }
    const noAuth = await stack.http().get('/v1/schedules');
    assert.equal(noAuth.status, 401);
  });

  test('a per-second schedule fires, its next firing during the scan is skipped and recorded, PATCH and DELETE manage it', async () => {
    stack.sim.setFaults({ latency: [{ match: {}, fixedMs: 150 }] });
    const created = await stack
      .http()
      .post('/v1/schedules')
      .set(bearer(ADMIN_TOKEN))
      .send({ cron: '* * * * * *', timezone: 'Europe/Paris', scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] });
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    assert.equal(created.headers.location, `/v1/schedules/${id}`);
    assert.deepEqual(
      { cron: created.body.cron, timezone: created.body.timezone, scope: created.body.scope, regions: created.body.regions, githubUpload: created.body.githubUpload },
      { cron: '* * * * * *', timezone: 'Europe/Paris', scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'], githubUpload: null },
    );
    assert.deepEqual(await schedulers.getJobSchedulersCount(), 1);

    let runs: Run[] = [];
    const deadline = Date.now() + 30_000;
    while (!(runs.some((r) => r.outcome === 'started') && runs.some((r) => r.outcome === 'skipped'))) {
      assert.ok(Date.now() < deadline, `no started and skipped runs yet: ${JSON.stringify(runs)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      runs = (await stack.http().get(`/v1/schedules/${id}/runs`).set(bearer(ADMIN_TOKEN))).body.items as Run[];
    }
    const started = runs.filter((r) => r.outcome === 'started').at(-1);
    const skipped = runs.find((r) => r.outcome === 'skipped' && r.scanId === started?.scanId);
    assert.ok(started?.scanId && skipped, JSON.stringify(runs));
    assert.match(skipped.reason ?? '', new RegExp(`^scan ${started.scanId} of the same scope is still (queued|running)$`));
    assert.ok(new Date(skipped.dueAt) > new Date(started.dueAt));

    const patch = (body: object) => stack.http().patch(`/v1/schedules/${id}`).set(bearer(ADMIN_TOKEN)).send(body);
    const flag = await patch({ cron: '0 3 * * *', githubUpload: true });
    assert.deepEqual([flag.status, flag.body.message], [400, 'body.githubUpload: Invalid input: expected object, received boolean']);
    const keyless = await patch({ cron: '0 3 * * *', githubUpload: { integrationId: '0b0b0b0b-0000-4000-8000-000000000001' } });
    assert.deepEqual([keyless.status, keyless.body.message], [400, 'body.githubUpload: GitHub uploads need ROLECALL_ENCRYPTION_KEY, which is not set']);
    const patched = await patch({ cron: '0 3 * * *' });
    assert.equal(patched.status, 200);
    assert.deepEqual([patched.body.cron, patched.body.timezone, patched.body.githubUpload], ['0 3 * * *', 'Europe/Paris', null]);
    const [scheduler] = await schedulers.getJobSchedulers();
    assert.deepEqual([scheduler?.key, scheduler?.pattern, scheduler?.tz], [id, '0 3 * * *', 'Europe/Paris']);

    const removed = await stack.http().delete(`/v1/schedules/${id}`).set(bearer(ADMIN_TOKEN));
    assert.equal(removed.status, 204);
    assert.equal((await stack.http().get(`/v1/schedules/${id}`).set(bearer(ADMIN_TOKEN))).status, 404);
    assert.equal(await schedulers.getJobSchedulersCount(), 0);

    stack.sim.setFaults({});
    const scan = await waitForScan(stack, started.scanId);
    assert.equal(scan.requestedBy, `schedule:${id}`);
    assert.equal(scan.status, 'succeeded');
  });
});
