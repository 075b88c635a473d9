import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { FindingsRepository } from '../findings/findings.repository';
import { ScanAccountsRepository } from '../scan-accounts/scan-accounts.repository';
import { ScansRepository } from '../scans/scans.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B, aFinding } from '../testing/fixtures';
import { IdentitiesRepository } from './identities.repository';
import type { Identity } from './identity';

const identity = (accountId: string, workload: string, overrides: Partial<Identity> = {}): Identity => ({
  accountId,
  workloadType: 'ecs-task',
  workload,
  sourceArn: `arn:aws:ecs:us-east-1:${accountId}:task-definition/${workload}:1`,
  roleArn: `arn:aws:iam::${accountId}:role/${workload}-task`,
  roleName: `${workload}-task`,
  region: 'us-east-1',
  adminEquivalent: false,
  sensitiveClasses: [],
  trustWeaknesses: [],
  ...overrides,
});

describeOnEachEngine('IdentitiesRepository', (current) => {
  const repo = () => new IdentitiesRepository(current().database.db);
  const scanAccounts = () => new ScanAccountsRepository(current().database.db);
  const newScan = async () => {
    const scan = await new ScansRepository(current().database.db).create({ scope: { accounts: [ACCOUNT_A, ACCOUNT_B] } });
    await scanAccounts().plan(scan.id, [{ accountId: ACCOUNT_A }, { accountId: ACCOUNT_B }]);
    return scan.id;
  };

  test('saveAccount replaces an account\'s summary and identities; list filters and pages', async () => {
    const scanId = await newScan();
    await repo().saveAccount(scanId, ACCOUNT_A, { accountId: ACCOUNT_A, roles: ['old'] }, [identity(ACCOUNT_A, 'old')]);
    const irsa = identity(ACCOUNT_A, 'prod/api', { workloadType: 'irsa', cluster: 'eks', namespace: 'prod', serviceAccount: 'api', adminEquivalent: true, trustWeaknesses: ['irsa-sub-missing'] });
    await repo().saveAccount(scanId, ACCOUNT_A, { accountId: ACCOUNT_A }, [identity(ACCOUNT_A, 'web'), irsa]);
    await repo().saveAccount(scanId, ACCOUNT_B, { accountId: ACCOUNT_B }, [identity(ACCOUNT_B, 'batch')]);
    assert.deepEqual(await repo().summaries(scanId), [{ accountId: ACCOUNT_A }, { accountId: ACCOUNT_B }]);

    const all = await repo().list(scanId, {}, { limit: 2 });
    assert.deepEqual(all.items.map((i) => i.workload), ['web', 'prod/api']);
    assert.ok(all.last);
    const rest = await repo().list(scanId, {}, { limit: 2, after: all.last });
    assert.deepEqual(rest, { items: [identity(ACCOUNT_B, 'batch')] });

    assert.deepEqual((await repo().list(scanId, { cluster: 'eks', namespace: 'prod', adminEquivalent: true }, { limit: 10 })).items, [irsa]);
    assert.deepEqual((await repo().list(scanId, { accountId: ACCOUNT_B }, { limit: 10 })).items.map((i) => i.workload), ['batch']);
    assert.deepEqual((await repo().list(scanId, { workloadType: 'ecs-execution' }, { limit: 10 })).items, []);
    await assert.rejects(repo().list(scanId, { bogus: 1 } as never, { limit: 10 }), ZodError);
    await assert.rejects(repo().saveAccount(scanId, ACCOUNT_B, {}, [identity(ACCOUNT_A, 'x')]), /belong to account/);
  });

  test('organization findings are replaced on their own, and an account job keeps them', async () => {
    const scanId = await newScan();
    const findings = () => new FindingsRepository(current().database.db);
    const stored = async () => (await findings().list(scanId, {}, { limit: 100 })).items.map((f) => f.fingerprint).sort();
    await scanAccounts().complete(scanId, ACCOUNT_A, { status: 'succeeded', awsCalls: {}, gaps: [], findings: [aFinding(ACCOUNT_A, 'web')] });
    const reach = aFinding(ACCOUNT_A, 'web', { ruleId: 'iam.workload-role.cross-account-admin-reach', fingerprint: 'reach-1' });
    await repo().replaceOrganizationFindings(scanId, [reach]);
    await repo().replaceOrganizationFindings(scanId, [reach]);
    assert.deepEqual(await stored(), ['iam.role.trust-public|arn:aws:iam::111111111111:role/web', 'reach-1']);
    await scanAccounts().complete(scanId, ACCOUNT_A, { status: 'succeeded', awsCalls: {}, gaps: [], findings: [] });
    assert.deepEqual(await stored(), ['reach-1']);
    await repo().replaceOrganizationFindings(scanId, []);
    assert.deepEqual(await stored(), []);
  });

  test("each account's finding count includes its organization-stage findings, whichever stage wrote last", async () => {
    const scanId = await newScan();
    const counts = async () => (await scanAccounts().list(scanId)).map((a) => [a.accountId, a.findingCount]);
    const own = [aFinding(ACCOUNT_A, 'web'), aFinding(ACCOUNT_A, 'api')];
    await scanAccounts().complete(scanId, ACCOUNT_A, { status: 'succeeded', awsCalls: {}, gaps: [], findings: own });
    const reach = ['one', 'two', 'three'].map((name) => aFinding(ACCOUNT_A, name, { ruleId: 'iam.workload-role.cross-account-admin-reach', fingerprint: `reach-${name}` }));
    await repo().replaceOrganizationFindings(scanId, [...reach, aFinding(ACCOUNT_B, 'b', { fingerprint: 'reach-b' })]);
    assert.deepEqual(await counts(), [[ACCOUNT_A, 5], [ACCOUNT_B, 1]]);
    // A retried account job after the organization stage keeps the organization findings in its count.
    const retried = await scanAccounts().complete(scanId, ACCOUNT_A, { status: 'succeeded', awsCalls: {}, gaps: [], findings: own.slice(0, 1) });
    assert.equal(retried.findingCount, 4);
    await repo().replaceOrganizationFindings(scanId, []);
    assert.deepEqual(await counts(), [[ACCOUNT_A, 1], [ACCOUNT_B, 0]]);
  });

  test('organization findings beyond one insert statement are all stored, once', async () => {
    const scanId = await newScan();
    const findings = new FindingsRepository(current().database.db);
    const reach = Array.from({ length: 1500 }, (_, i) => aFinding(ACCOUNT_B, `reach-${String(i).padStart(4, '0')}`, { ruleId: 'iam.workload-role.cross-account-admin-reach' }));
    await repo().replaceOrganizationFindings(scanId, reach);
    await repo().replaceOrganizationFindings(scanId, reach);
    const first = await findings.list(scanId, {}, { limit: 1000 });
    const rest = await findings.list(scanId, {}, { limit: 1000, after: first.last });
    assert.deepEqual([first.items.length, rest.items.length, rest.last], [1000, 500, undefined]);
    assert.deepEqual([first.items[0].resource.name, rest.items[499].resource.name], ['reach-0000', 'reach-1499']);
  });

  test('saveAccount stores more identities than one insert statement holds', async () => {
    const scanId = await newScan();
    const many = Array.from({ length: 1200 }, (_, i) => identity(ACCOUNT_A, `svc-${String(i).padStart(4, '0')}`));
    await repo().saveAccount(scanId, ACCOUNT_A, { accountId: ACCOUNT_A, n: 1 }, many);
    await repo().saveAccount(scanId, ACCOUNT_A, { accountId: ACCOUNT_A, n: 2 }, many);
    const first = await repo().list(scanId, {}, { limit: 1000 });
    const rest = await repo().list(scanId, {}, { limit: 1000, after: first.last });
    assert.deepEqual([first.items.length, rest.items.length, rest.items[199].workload], [1000, 200, 'svc-1199']);
    assert.deepEqual(await repo().summaries(scanId), [{ accountId: ACCOUNT_A, n: 2 }]);
  });
});
