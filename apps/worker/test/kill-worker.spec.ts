import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanHarness } from './scan-harness';
import { waitFor } from './wait-for';

const ACCOUNTS = 12;

describe('a worker killed with SIGKILL mid-scan', () => {
  let harness: ScanHarness;
  before(async () => {
    harness = await ScanHarness.start({ accounts: ACCOUNTS, latencyMs: 25 });
  });
  after(() => harness.dispose());

  test('another worker finishes the scan with exactly one copy of each account result', async () => {
    const first = harness.spawnWorker();
    await first.started;
    const scanId = await harness.startScan();
    await waitFor('some accounts done and others running', async () => {
      const statuses = await harness.accountStatuses(scanId);
      return statuses.filter((s) => s === 'succeeded' || s === 'partial').length >= 2 && statuses.includes('running');
    });
    assert.equal(await first.stop('SIGKILL'), 'SIGKILL');
    // Read once the worker is dead: an account seen running before the kill may have finished before it landed.
    const interrupted = (await harness.scanAccounts.list(scanId)).filter((a) => a.status === 'running').map((a) => a.accountId);
    assert.ok(interrupted.length > 0, 'the kill interrupted an account');

    const second = harness.spawnWorker();
    await second.started;
    assert.notEqual(await harness.waitForEnd(scanId), 'failed');

    const accounts = await harness.scanAccounts.list(scanId);
    assert.equal(accounts.length, ACCOUNTS);
    assert.deepEqual(accounts.filter((a) => a.status === 'queued' || a.status === 'running'), []);
    for (const accountId of interrupted) {
      assert.equal(accounts.find((a) => a.accountId === accountId)?.attempts, 2, `account ${accountId} ran again`);
    }
    const killed = await harness.findingKeys(scanId);
    assert.equal(new Set(killed).size, killed.length, 'no finding is stored twice');
    assert.equal(await harness.storedFindings(scanId), accounts.reduce((sum, a) => sum + a.findingCount, 0));

    // The same organization scanned without interruption stores exactly the same findings.
    const baselineId = await harness.startScan();
    await harness.waitForEnd(baselineId);
    const baselineAccounts = await harness.scanAccounts.list(baselineId);
    assert.deepEqual(
      accounts.map((a) => [a.accountId, a.status, a.findingCount]),
      baselineAccounts.map((a) => [a.accountId, a.status, a.findingCount]),
    );
    assert.deepEqual(killed, await harness.findingKeys(baselineId));
    assert.ok(killed.length > 0);
  });
});
