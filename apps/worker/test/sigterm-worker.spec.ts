import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanHarness } from './scan-harness';
import { waitFor } from './wait-for';

const ACCOUNTS = 8;

describe('a worker stopped with SIGTERM mid-scan', () => {
  let harness: ScanHarness;
  before(async () => {
    harness = await ScanHarness.start({ accounts: ACCOUNTS, latencyMs: 25 });
  });
  after(() => harness.dispose());

  test('finishes its active accounts before exiting; the next worker scans the rest, none twice', async () => {
    const first = harness.spawnWorker();
    await first.started;
    const scanId = await harness.startScan();
    await waitFor('accounts running', async () => (await harness.accountStatuses(scanId)).includes('running'));
    await first.stop('SIGTERM');
    const afterStop = await harness.accountStatuses(scanId);
    assert.deepEqual(afterStop.filter((s) => s === 'running'), [], 'no account is left half-scanned');
    assert.ok(afterStop.includes('queued'), 'accounts not started stay queued');

    const second = harness.spawnWorker();
    await second.started;
    assert.notEqual(await harness.waitForEnd(scanId), 'failed');
    const accounts = await harness.scanAccounts.list(scanId);
    assert.equal(accounts.length, ACCOUNTS);
    assert.deepEqual(accounts.map((a) => a.attempts), accounts.map(() => 1));
    const findings = await harness.findingKeys(scanId);
    assert.equal(new Set(findings).size, findings.length);
    assert.equal(await harness.storedFindings(scanId), accounts.reduce((sum, a) => sum + a.findingCount, 0));
  });
});
