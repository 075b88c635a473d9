import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanHarness } from './scan-harness';
import { TcpProxy } from './tcp-proxy';
import { waitFor } from './wait-for';
import type { WorkerProcess } from './worker-process';

// More accounts than the worker runs at once: some are still queued when the database goes away.
const ACCOUNTS = 12;

/** Failed attempts the worker logged (each one is retried with backoff while attempts remain). */
const countFailures = (output: string) => output.split('\n').filter((line) => line.includes('"queue":"accounts"') && line.includes('"msg":"job failed"')).length;

describe('the database unavailable mid-scan', () => {
  let harness: ScanHarness;
  let proxy: TcpProxy;
  let worker: WorkerProcess | undefined;
  before(async () => {
    harness = await ScanHarness.start({ accounts: ACCOUNTS, latencyMs: 50 });
    const direct = new URL(harness.database.options.databaseUrl ?? '');
    proxy = await TcpProxy.start(Number(direct.port || 5432), direct.hostname);
  });
  after(async () => {
    await proxy.close();
    await harness.dispose();
  });

  test('account jobs fail, retry with backoff, and the scan completes once the database is back', async () => {
    const viaProxy = new URL(harness.database.options.databaseUrl ?? '');
    viaProxy.port = String(proxy.port);
    worker = harness.spawnWorker({ DATABASE_URL: viaProxy.toString() });
    await worker.started;
    const scanId = await harness.startScan();
    await waitFor('accounts running', async () => (await harness.accountStatuses(scanId)).includes('running'));

    const failuresBefore = countFailures(worker.output());
    proxy.cut();
    // A failed attempt with retries left waits in "delayed" (backoff); the worker also logs it.
    const retrying = async () => {
      const counts = await harness.queues.accounts.getJobCounts('delayed', 'failed');
      return (counts.delayed ?? 0) + (counts.failed ?? 0) > 0 || countFailures(worker?.output() ?? '') > failuresBefore;
    };
    try {
      await waitFor('an account job to fail on the database', retrying, 60_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}; worker output ends with:\n${(worker.output() + worker.errors()).slice(-3000)}`, { cause: error });
    }
    proxy.restore();

    assert.notEqual(await harness.waitForEnd(scanId), 'failed');
    const accounts = await harness.scanAccounts.list(scanId);
    assert.deepEqual(accounts.filter((a) => a.status === 'queued' || a.status === 'running'), []);
    // Attempts that failed before they could record a start leave no trace in the database: the log has them.
    assert.ok(countFailures(worker.output()) > failuresBefore, 'account jobs failed while the database was away');
    const findings = await harness.findingKeys(scanId);
    assert.equal(new Set(findings).size, findings.length);
    assert.equal(await harness.storedFindings(scanId), accounts.reduce((sum, a) => sum + a.findingCount, 0));
    assert.equal(worker.child.exitCode, null, 'the worker survived the outage');
  });
});
