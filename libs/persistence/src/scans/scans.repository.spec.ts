import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { ScanAccountsRepository } from '../scan-accounts/scan-accounts.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B, aFinding } from '../testing/fixtures';
import { scopeKey } from './scan';
import { ScansRepository } from './scans.repository';

test('scopeKey is canonical: order and repeats do not matter', () => {
  assert.equal(
    scopeKey({ accounts: [ACCOUNT_B, ACCOUNT_A, ACCOUNT_B] }, ['us-east-1', 'eu-west-1']),
    'accounts:111111111111,222222222222|regions:eu-west-1,us-east-1',
  );
  assert.equal(scopeKey({ organization: true }, null), 'organization|regions:*');
});

describeOnEachEngine('ScansRepository', (current) => {
  const scans = () => new ScansRepository(current().database.db);
  const scanAccounts = () => new ScanAccountsRepository(current().database.db);

  test('create queues a scan with its scope, regions and scope key', async () => {
    const scan = await scans().create({ scope: { accounts: [ACCOUNT_A] }, regions: ['eu-west-1'], requestedBy: 'ci' });
    assert.equal(scan.status, 'queued');
    assert.deepEqual(scan.scope, { accounts: [ACCOUNT_A] });
    assert.deepEqual(scan.regions, ['eu-west-1']);
    assert.equal(scan.requestedBy, 'ci');
    assert.equal(scan.scopeKey, 'accounts:111111111111|regions:eu-west-1');
    assert.equal(scan.accountTotal, 0);
    assert.deepEqual([scan.startedAt, scan.finishedAt, scan.error], [null, null, null]);
    assert.deepEqual(await scans().get(scan.id), scan);
  });

  test('create rejects a bad scope or region and stores nothing', async () => {
    const before = await scans().list({ limit: 100 });
    await assert.rejects(scans().create({ scope: { accounts: ['123'] } }), ZodError);
    await assert.rejects(scans().create({ scope: { organization: true }, regions: ['mars-1'] }), ZodError);
    assert.deepEqual(await scans().list({ limit: 100 }), before);
    assert.equal(await scans().get('not-a-uuid'), undefined);
  });

  test('lifecycle: queued -> running -> succeeded, and a terminal status is never overwritten', async () => {
    const scan = await scans().create({ scope: { organization: true } });
    const running = await scans().markRunning(scan.id, 2);
    assert.equal(running?.status, 'running');
    assert.equal(running?.accountTotal, 2);
    assert.ok(running?.startedAt instanceof Date);
    assert.deepEqual((await scans().markRunning(scan.id, 3))?.startedAt, running.startedAt);

    const finished = await scans().finish(scan.id, 'succeeded');
    assert.equal(finished?.status, 'succeeded');
    assert.ok(finished?.finishedAt instanceof Date);
    assert.equal(await scans().finish(scan.id, 'failed', 'late failure'), undefined);
    assert.equal(await scans().markRunning(scan.id, 5), undefined);
    assert.equal(await scans().requestCancel(scan.id), undefined);
    assert.deepEqual(await scans().get(scan.id), finished);
  });

  test('a failed scan always has a startedAt: when it was picked up, or its finishedAt when it never was', async () => {
    const pickedUp = await scans().create({ scope: { organization: true } });
    assert.equal(await scans().markPickedUp(pickedUp.id), true);
    const startedAt = (await scans().get(pickedUp.id))?.startedAt;
    assert.ok(startedAt instanceof Date);
    assert.equal((await scans().get(pickedUp.id))?.status, 'queued');
    assert.equal(await scans().markPickedUp(pickedUp.id), false, 'a second pickup keeps the first time');
    const failed = await scans().finish(pickedUp.id, 'failed', 'organization discovery failed: AccessDenied');
    assert.deepEqual(failed?.startedAt, startedAt);
    assert.ok(failed?.finishedAt instanceof Date && failed.finishedAt >= startedAt);

    const neverPickedUp = await scans().create({ scope: { organization: true } });
    const unqueued = await scans().finish(neverPickedUp.id, 'failed', 'the scan could not be queued: Redis is unavailable');
    assert.ok(unqueued?.startedAt instanceof Date);
    assert.deepEqual(unqueued.startedAt, unqueued.finishedAt);
    assert.equal(await scans().markPickedUp(neverPickedUp.id), false);

    const cancelledWhileQueued = await scans().requestCancel((await scans().create({ scope: { organization: true } })).id);
    assert.equal(cancelledWhileQueued?.startedAt, null);
  });

  test('a cancelled scan stays cancelled and its unstarted accounts are cancelled', async () => {
    const scan = await scans().create({ scope: { accounts: [ACCOUNT_A, ACCOUNT_B] } });
    await scans().markRunning(scan.id, 2);
    await scanAccounts().plan(scan.id, [{ accountId: ACCOUNT_A }, { accountId: ACCOUNT_B }]);
    await scanAccounts().start(scan.id, ACCOUNT_A);

    const cancelled = await scans().requestCancel(scan.id);
    assert.equal(cancelled?.status, 'cancelled');
    assert.equal(await scans().requestCancel(scan.id), undefined);
    assert.equal(await scans().finish(scan.id, 'succeeded'), undefined);
    assert.equal((await scans().get(scan.id))?.status, 'cancelled');
    assert.deepEqual((await scanAccounts().list(scan.id)).map((account) => account.status), ['running', 'cancelled']);
    assert.equal(await scanAccounts().start(scan.id, ACCOUNT_B), undefined);
    await assert.rejects(scans().finish(scan.id, 'running' as 'failed'), { message: 'not a terminal scan status: running' });
  });

  test('list pages newest first without repeats while scans are created in between', async () => {
    const all = (await scans().list({ limit: 1000 })).items;
    const first = await scans().list({ limit: 2 });
    assert.deepEqual(first.items, all.slice(0, 2));
    await scans().create({ scope: { organization: true } });
    const rest = await scans().list({ limit: 1000, after: first.last });
    assert.deepEqual(rest.items, all.slice(2));
    assert.equal(rest.last, undefined);
    assert.ok(all.every((scan, i) => i === 0 || scan.seq < all[i - 1].seq));
    await assert.rejects(scans().list({ limit: 0 }), ZodError);
  });

  test('countsBySeverity and progress count every bucket, zero included', async () => {
    const scan = await scans().create({ scope: { accounts: [ACCOUNT_A, ACCOUNT_B] } });
    await scanAccounts().plan(scan.id, [{ accountId: ACCOUNT_A }, { accountId: ACCOUNT_B }]);
    await scanAccounts().complete(scan.id, ACCOUNT_A, {
      status: 'succeeded',
      awsCalls: {},
      gaps: [],
      findings: [
        aFinding(ACCOUNT_A, 'one', { severity: 'critical' }),
        aFinding(ACCOUNT_A, 'two', { severity: 'critical' }),
        aFinding(ACCOUNT_A, 'three', { severity: 'low' }),
      ],
    });
    assert.deepEqual(await scans().countsBySeverity(scan.id), { critical: 2, high: 0, medium: 0, low: 1, info: 0 });
    assert.deepEqual(await scans().progress(scan.id), { queued: 1, running: 0, succeeded: 1, partial: 0, failed: 0, cancelled: 0 });
  });

  test('keeps the organization a scan was planned against, apart from the scan itself', async () => {
    const scan = await scans().create({ scope: { organization: true } });
    assert.equal(await scans().getOrganization(scan.id), undefined);
    const organization = { organizationId: 'o-abc123', accounts: [{ id: ACCOUNT_A, name: 'prod' }, { id: ACCOUNT_B }] };
    assert.equal(await scans().setOrganization(scan.id, organization), true);
    assert.deepEqual(await scans().getOrganization(scan.id), organization);
    assert.deepEqual(await scans().get(scan.id), scan);
    await assert.rejects(scans().setOrganization(scan.id, { accounts: [{ id: 'x' }] }), ZodError);
    assert.deepEqual(await scans().getOrganization(scan.id), organization);
    assert.equal(await scans().setOrganization('00000000-0000-4000-8000-000000000000', organization), false);
  });
});
