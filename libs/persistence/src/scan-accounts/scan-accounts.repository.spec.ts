import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import type { Finding } from '@rolecall/model';
import { FindingsRepository } from '../findings/findings.repository';
import { ScansRepository } from '../scans/scans.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B, aFinding } from '../testing/fixtures';
import { ScanAccountsRepository } from './scan-accounts.repository';

const GAP = { service: 'ecs', operation: 'ListClusters', region: 'eu-west-1', errorCode: 'AccessDenied' };

describeOnEachEngine('ScanAccountsRepository', (current) => {
  const scanAccounts = () => new ScanAccountsRepository(current().database.db);
  const findings = () => new FindingsRepository(current().database.db);
  const newScan = async () => {
    const scan = await new ScansRepository(current().database.db).create({ scope: { accounts: [ACCOUNT_A, ACCOUNT_B] } });
    await scanAccounts().plan(scan.id, [{ accountId: ACCOUNT_A, accountName: 'prod' }, { accountId: ACCOUNT_B }]);
    return scan.id;
  };
  const stored = async (scanId: string): Promise<Finding[]> => (await findings().list(scanId, {}, { limit: 1000 })).items;

  test('plan adds queued rows once and is safe to repeat', async () => {
    const scanId = await newScan();
    assert.equal(await scanAccounts().plan(scanId, [{ accountId: ACCOUNT_A, accountName: 'renamed' }, { accountId: '333333333333' }]), 1);
    const accounts = await scanAccounts().list(scanId);
    assert.deepEqual(
      accounts.map((a) => [a.accountId, a.accountName, a.status, a.attempts, a.findingCount]),
      [
        [ACCOUNT_A, 'prod', 'queued', 0, 0],
        [ACCOUNT_B, null, 'queued', 0, 0],
        ['333333333333', null, 'queued', 0, 0],
      ],
    );
    await assert.rejects(scanAccounts().plan(scanId, [{ accountId: 'abc' }]), ZodError);
  });

  test('start counts attempts', async () => {
    const scanId = await newScan();
    await scanAccounts().start(scanId, ACCOUNT_A);
    const second = await scanAccounts().start(scanId, ACCOUNT_A);
    assert.equal(second?.status, 'running');
    assert.equal(second?.attempts, 2);
    assert.ok(second?.startedAt instanceof Date);
    assert.equal(await scanAccounts().start(scanId, '999999999999'), undefined);
  });

  test('complete twice with the same findings stores exactly one copy', async () => {
    const scanId = await newScan();
    const result = { status: 'partial' as const, awsCalls: { 'ecs:ListClusters': 3 }, gaps: [GAP], findings: [aFinding(ACCOUNT_A, 'a'), aFinding(ACCOUNT_A, 'b')] };
    await scanAccounts().complete(scanId, ACCOUNT_A, result);
    const again = await scanAccounts().complete(scanId, ACCOUNT_A, result);
    assert.deepEqual(
      [again.status, again.findingCount, again.awsCalls, again.gaps, again.error],
      ['partial', 2, { 'ecs:ListClusters': 3 }, [GAP], null],
    );
    assert.ok(again.finishedAt instanceof Date);
    assert.deepEqual((await stored(scanId)).map((f) => f.resource.name), ['a', 'b']);
  });

  test('complete with different findings replaces only that account\'s findings', async () => {
    const scanId = await newScan();
    const base = { status: 'succeeded' as const, awsCalls: {}, gaps: [] };
    await scanAccounts().complete(scanId, ACCOUNT_A, { ...base, findings: [aFinding(ACCOUNT_A, 'old')] });
    await scanAccounts().complete(scanId, ACCOUNT_B, { ...base, findings: [aFinding(ACCOUNT_B, 'other')] });
    await scanAccounts().complete(scanId, ACCOUNT_A, { ...base, findings: [aFinding(ACCOUNT_A, 'new1'), aFinding(ACCOUNT_A, 'new2')] });
    const names = (await stored(scanId)).map((f) => `${f.accountId}/${f.resource.name}`).sort();
    assert.deepEqual(names, [`${ACCOUNT_A}/new1`, `${ACCOUNT_A}/new2`, `${ACCOUNT_B}/other`]);
  });

  test('two attempts completing at once leave one attempt\'s findings, never a mix', async () => {
    const scanId = await newScan();
    const base = { status: 'succeeded' as const, awsCalls: {}, gaps: [] };
    const first = Array.from({ length: 50 }, (_, i) => aFinding(ACCOUNT_A, `first-${i}`));
    const second = Array.from({ length: 40 }, (_, i) => aFinding(ACCOUNT_A, `second-${i}`));
    await Promise.all([
      scanAccounts().complete(scanId, ACCOUNT_A, { ...base, findings: first }),
      scanAccounts().complete(scanId, ACCOUNT_A, { ...base, findings: second }),
    ]);
    const names = (await stored(scanId)).map((f) => f.resource.name).sort();
    const [account] = await scanAccounts().list(scanId);
    assert.ok([first, second].some((list) => JSON.stringify(list.map((f) => f.resource.name).sort()) === JSON.stringify(names)));
    assert.equal(account.findingCount, names.length);
  });

  test('a failed or invalid complete leaves the stored result intact', async () => {
    const scanId = await newScan();
    const good = { status: 'succeeded' as const, awsCalls: {}, gaps: [], findings: [aFinding(ACCOUNT_A, 'kept')] };
    await scanAccounts().complete(scanId, ACCOUNT_A, good);
    const before = await stored(scanId);
    const accountsBefore = await scanAccounts().list(scanId);

    const nul = aFinding(ACCOUNT_A, 'nul', { evidence: { text: 'a\u0000b' } });
    await assert.rejects(scanAccounts().complete(scanId, ACCOUNT_A, { ...good, status: 'partial', findings: [aFinding(ACCOUNT_A, 'x'), nul] }));
    await assert.rejects(scanAccounts().complete(scanId, ACCOUNT_A, { ...good, findings: [aFinding(ACCOUNT_B, 'foreign')] }), {
      message: `finding iam.role.trust-public|arn:aws:iam::${ACCOUNT_B}:role/foreign belongs to account ${ACCOUNT_B}, not ${ACCOUNT_A}`,
    });
    await assert.rejects(scanAccounts().complete(scanId, ACCOUNT_A, { ...good, findings: [aFinding(ACCOUNT_A, 'd'), aFinding(ACCOUNT_A, 'd')] }), {
      message: 'findings must have unique fingerprints',
    });
    await assert.rejects(scanAccounts().complete(scanId, ACCOUNT_A, { ...good, findings: [{ ...aFinding(ACCOUNT_A, 's'), severity: 'urgent' as 'high' }] }), ZodError);
    await assert.rejects(scanAccounts().complete(scanId, '999999999999', { ...good, findings: [] }), {
      message: `account 999999999999 is not planned for scan ${scanId}`,
    });

    assert.deepEqual(await stored(scanId), before);
    assert.deepEqual(await scanAccounts().list(scanId), accountsBefore);
  });

  test('complete stores a large result in several inserts', async () => {
    const scanId = await newScan();
    const many = Array.from({ length: 2500 }, (_, i) => aFinding(ACCOUNT_B, `role-${String(i).padStart(4, '0')}`));
    const done = await scanAccounts().complete(scanId, ACCOUNT_B, { status: 'succeeded', awsCalls: {}, gaps: [], findings: many });
    assert.equal(done.findingCount, 2500);
    const page = await findings().list(scanId, { accountId: ACCOUNT_B }, { limit: 1000 });
    assert.equal(page.items.length, 1000);
    assert.equal(page.items[999].resource.name, 'role-0999');
  });
});
