import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PrivateRedis } from './redis-server';
import { ScanHarness } from './scan-harness';
import { waitFor } from './wait-for';
import type { WorkerProcess } from './worker-process';

const ACCOUNTS = 8;

describe('Redis restarting mid-scan', () => {
  let redis: PrivateRedis;
  let harness: ScanHarness;
  let worker: WorkerProcess | undefined;
  before(async () => {
    redis = await PrivateRedis.start();
    harness = await ScanHarness.start({ accounts: ACCOUNTS, latencyMs: 10, redisUrl: redis.url });
  });
  after(async () => {
    await harness.dispose();
    await redis.dispose();
  });

  test('the worker reconnects and the scan completes with every account scanned once', async () => {
    worker = harness.spawnWorker();
    await worker.started;
    const scanId = await harness.startScan();
    await waitFor('the first account done', async () =>
      (await harness.accountStatuses(scanId)).some((s) => s === 'succeeded' || s === 'partial'),
    );
    await redis.down();
    await redis.up();

    assert.notEqual(await harness.waitForEnd(scanId), 'failed');
    const accounts = await harness.scanAccounts.list(scanId);
    assert.equal(accounts.length, ACCOUNTS);
    assert.deepEqual(accounts.filter((a) => a.status === 'queued' || a.status === 'running'), []);
    const findings = await harness.findingKeys(scanId);
    assert.equal(new Set(findings).size, findings.length);
    assert.equal(await harness.storedFindings(scanId), accounts.reduce((sum, a) => sum + a.findingCount, 0));
    assert.equal(worker.child.exitCode, null, 'the worker survived the outage');
  });
});
