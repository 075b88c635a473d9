import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { ScanQueues } from '@rolecall/jobs';
import { ScansRepository, SchedulesRepository } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import { JOBS_GONE_REASON, ScanReconciler } from './scan-reconciler';

const REDIS = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
const SCOPE = { accounts: ['111111111111'] };
const LATER = new Date(Date.now() + 3_600_000);

let testDatabase: TestDatabase;
let scans: ScansRepository;
let schedules: SchedulesRepository;
let queues: ScanQueues;
let reconciler: ScanReconciler;

before(async () => {
  testDatabase = await createTestDatabase('pglite');
  scans = new ScansRepository(testDatabase.database.db);
  schedules = new SchedulesRepository(testDatabase.database.db);
  queues = new ScanQueues({ connection: REDIS, prefix: `rctest-reconcile-${randomBytes(4).toString('hex')}` });
  reconciler = new ScanReconciler({ scans, queues, logger: pino({ level: 'silent' }), graceMs: 60_000 });
});
after(async () => {
  await Promise.all(queues.emitters().map((emitter) => ('obliterate' in emitter ? emitter.obliterate({ force: true }) : undefined)));
  await queues.close();
  await testDatabase.dispose();
});

test('scans whose jobs are gone are failed with the reason; scans with live jobs, and young ones, are kept', async () => {
  const queuedWithPlan = await scans.create({ scope: SCOPE });
  await queues.enqueuePlan(queuedWithPlan.id);
  const runningWithFlow = await scans.create({ scope: { accounts: ['222222222222'] } });
  await scans.markRunning(runningWithFlow.id, 1);
  await queues.enqueueAccounts(runningWithFlow.id, [{ scanId: runningWithFlow.id, accountId: '222222222222' }]);
  const queuedLost = await scans.create({ scope: { accounts: ['333333333333'] } });
  const runningLost = await scans.create({ scope: { accounts: ['444444444444'] } });
  await scans.markRunning(runningLost.id, 1);
  const finished = await scans.create({ scope: { accounts: ['555555555555'] } });
  await scans.finish(finished.id, 'succeeded');

  // Within the grace period nothing is touched, jobs or not.
  assert.deepEqual(await reconciler.run(new Date()), []);

  assert.deepEqual((await reconciler.run(LATER)).sort(), [queuedLost.id, runningLost.id].sort());
  const states = await Promise.all([queuedWithPlan, runningWithFlow, queuedLost, runningLost, finished].map(async (scan) => {
    const stored = await scans.get(scan.id);
    return [stored?.status, stored?.error ?? null];
  }));
  assert.deepEqual(states, [
    ['queued', null],
    ['running', null],
    ['failed', JOBS_GONE_REASON],
    ['failed', JOBS_GONE_REASON],
    ['succeeded', null],
  ]);
  assert.deepEqual(await reconciler.run(LATER), []);
  // The next test starts with no active scan.
  await scans.requestCancel(queuedWithPlan.id);
  await scans.requestCancel(runningWithFlow.id);
});

test('after Redis loses its data, the stuck scan is failed and its schedule fires again instead of skipping', async () => {
  const scope = { accounts: ['666666666666'] };
  const schedule = await schedules.create({ cron: '0 3 * * *', timezone: 'UTC', scope, regions: null, createdBy: 'test' });
  const first = await schedules.fire(schedule.id, new Date('2026-01-01T03:00:00Z'));
  assert.equal(first?.run.outcome, 'started');
  const stuck = first!.run.scanId!;
  await queues.enqueuePlan(stuck);
  await scans.markRunning(stuck, 1);

  const skipped = await schedules.fire(schedule.id, new Date('2026-01-02T03:00:00Z'));
  assert.deepEqual([skipped?.run.outcome, skipped?.run.scanId], ['skipped', stuck]);

  await queues.scans.obliterate({ force: true });
  assert.deepEqual(await reconciler.run(LATER), [stuck]);
  assert.deepEqual([(await scans.get(stuck))?.status, (await scans.get(stuck))?.error], ['failed', JOBS_GONE_REASON]);

  const resumed = await schedules.fire(schedule.id, new Date('2026-01-03T03:00:00Z'));
  assert.equal(resumed?.run.outcome, 'started');
  assert.notEqual(resumed?.run.scanId, stuck);
});
