import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanAccountsRepository, type AccountResult } from '@rolecall/persistence';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, foundationWorld } from './foundation-world';

for (const engine of TEST_ENGINES) {
  describe(`account job retried after a crash on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ engine, world: foundationWorld });
    });
    after(() => stack.close());

    test('the retry replaces the account results: exactly one copy of each finding', async () => {
      // The first attempt at MANAGEMENT stores its findings, then dies before BullMQ hears it finished.
      const scanAccounts = stack.app.get(ScanAccountsRepository);
      const complete = scanAccounts.complete.bind(scanAccounts);
      let crashes = 0;
      scanAccounts.complete = async (scanId: string, accountId: string, result: AccountResult) => {
        const stored = await complete(scanId, accountId, result);
        if (accountId === MANAGEMENT && crashes === 0) {
          crashes += 1;
          throw new Error('simulated crash after the write');
        }
        return stored;
      };

      const created = await stack
        .http()
        .post('/v1/scans')
        .set(bearer(ADMIN_TOKEN))
        .send({ scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'] });
      const scan = await waitForScan(stack, created.body.id);
      scanAccounts.complete = complete;

      assert.equal(crashes, 1);
      assert.equal(scan.status, 'succeeded');
      const [account] = scan.accounts as { attempts: number; findingCount: number; status: string }[];
      assert.deepEqual(account && { attempts: account.attempts, findingCount: account.findingCount, status: account.status }, {
        attempts: 2,
        findingCount: 6,
        status: 'succeeded',
      });
      const findings = await stack.http().get(`/v1/scans/${created.body.id}/findings`).set(bearer(ADMIN_TOKEN));
      // web:3: privileged, two unset users, two writable root filesystems, no task role on EC2 (see scan-lifecycle).
      assert.equal(findings.body.items.length, 6);
      assert.equal(new Set(findings.body.items.map((item: { fingerprint: string }) => item.fingerprint)).size, 6);
      assert.deepEqual(scan.findingCounts, { critical: 0, high: 1, medium: 1, low: 2, info: 2 });
    });
  });
}
