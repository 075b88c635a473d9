import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScansRepository } from '../scans/scans.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B } from '../testing/fixtures';
import { SchedulesRepository } from './schedules.repository';

const INTEGRATION = '0b0b0b0b-0000-4000-8000-000000000001';
const OTHER_INTEGRATION = '0b0b0b0b-0000-4000-8000-000000000002';
const COMMIT = 'c'.repeat(40);

describeOnEachEngine('SchedulesRepository', (current) => {
  const schedules = () => new SchedulesRepository(current().database.db);
  const scans = () => new ScansRepository(current().database.db);

  test('create, read, update and delete a schedule', async () => {
    const created = await schedules().create({ cron: '0 3 * * *', timezone: 'Europe/Paris', scope: { accounts: [ACCOUNT_B, ACCOUNT_A] }, createdBy: 'ops' });
    assert.deepEqual(
      { cron: created.cron, timezone: created.timezone, regions: created.regions, githubUpload: created.githubUpload, scopeKey: created.scopeKey, createdBy: created.createdBy },
      { cron: '0 3 * * *', timezone: 'Europe/Paris', regions: null, githubUpload: null, scopeKey: 'accounts:111111111111,222222222222|regions:*', createdBy: 'ops' },
    );
    assert.deepEqual(await schedules().get(created.id), created);
    const updated = await schedules().update(created.id, { cron: '*/5 * * * *', regions: ['eu-west-1'], githubUpload: { integrationId: INTEGRATION } });
    assert.equal(updated?.cron, '*/5 * * * *');
    assert.equal(updated?.timezone, 'Europe/Paris');
    assert.equal(updated?.scopeKey, 'accounts:111111111111,222222222222|regions:eu-west-1');
    assert.deepEqual(updated?.githubUpload, { integrationId: INTEGRATION });
    assert.deepEqual(await schedules().usingIntegration(INTEGRATION), [created.id]);
    assert.deepEqual(await schedules().usingIntegration(OTHER_INTEGRATION), []);
    assert.deepEqual((await schedules().list()).map((s) => s.id), [created.id]);
    assert.equal(await schedules().delete(created.id), true);
    assert.equal(await schedules().get(created.id), undefined);
    assert.equal(await schedules().delete(created.id), false);
    assert.equal(await schedules().update(created.id, { cron: '* * * * *' }), undefined);
  });

  test('a firing starts a scan; a firing while it is active is skipped and says why; a repeated firing is recorded once', async () => {
    const schedule = await schedules().create({ cron: '* * * * *', timezone: 'UTC', scope: { organization: true }, regions: ['us-east-1'], githubUpload: { integrationId: INTEGRATION, commitSha: COMMIT } });
    const first = await schedules().fire(schedule.id, new Date('2026-01-01T00:00:00Z'));
    assert.equal(first?.created, true);
    assert.equal(first?.run.outcome, 'started');
    const scanId = first?.run.scanId ?? '';
    const scan = await scans().get(scanId);
    assert.deepEqual({ status: scan?.status, requestedBy: scan?.requestedBy, scopeKey: scan?.scopeKey, githubUpload: scan?.githubUpload }, {
      githubUpload: { integrationId: INTEGRATION, commitSha: COMMIT },
      status: 'queued',
      requestedBy: `schedule:${schedule.id}`,
      scopeKey: 'organization|regions:us-east-1',
    });

    const again = await schedules().fire(schedule.id, new Date('2026-01-01T00:00:00Z'));
    assert.deepEqual(again, { run: first?.run, created: false });

    const second = await schedules().fire(schedule.id, new Date('2026-01-01T00:01:00Z'));
    assert.equal(second?.run.outcome, 'skipped');
    assert.equal(second?.run.scanId, scanId);
    assert.equal(second?.run.reason, `scan ${scanId} of the same scope is still queued`);

    await scans().finish(scanId, 'succeeded');
    const third = await schedules().fire(schedule.id, new Date('2026-01-01T00:02:00Z'));
    assert.equal(third?.run.outcome, 'started');
    assert.notEqual(third?.run.scanId, scanId);
    assert.deepEqual((await schedules().runs(schedule.id)).map((run) => run.outcome), ['started', 'skipped', 'started']);
    assert.equal(await schedules().fire('00000000-0000-4000-8000-000000000000', new Date()), undefined);
  });
});
