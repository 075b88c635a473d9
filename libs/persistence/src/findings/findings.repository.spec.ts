import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { SEVERITIES, type Finding, type FingerprintedFinding } from '@rolecall/model';
import { ScanAccountsRepository } from '../scan-accounts/scan-accounts.repository';
import { ScansRepository } from '../scans/scans.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B, aFinding } from '../testing/fixtures';
import type { FindingPosition } from './finding';
import { FindingsRepository, type FindingFilters } from './findings.repository';

const ACCOUNT_C = '333333333333';

/** 60 findings for an account: severities, rules, regions and resource types cycle. */
function findingsFor(accountId: string, count = 60): FingerprintedFinding[] {
  return Array.from({ length: count }, (_, i) =>
    aFinding(accountId, `role-${i}`, {
      severity: SEVERITIES[i % 5],
      ruleId: i % 2 === 0 ? 'ecs.task.admin-role' : 'eks.irsa.trust-wildcard',
      region: i % 3 === 0 ? 'eu-west-1' : 'us-east-1',
      resource: { arn: `arn:aws:iam::${accountId}:role/role-${i}`, type: i % 4 === 0 ? 'AWS::ECS::TaskDefinition' : 'AWS::IAM::Role', name: `role-${i}` },
    }),
  );
}

describeOnEachEngine('FindingsRepository', (current) => {
  const findings = () => new FindingsRepository(current().database.db);
  const scanAccounts = () => new ScanAccountsRepository(current().database.db);
  let scanId = '';

  async function store(accountId: string, list: FingerprintedFinding[]): Promise<void> {
    await scanAccounts().complete(scanId, accountId, { status: 'succeeded', awsCalls: {}, gaps: [], findings: list });
  }

  async function readAll(filters: FindingFilters, limit: number, between?: () => Promise<void>): Promise<Finding[]> {
    const seen: Finding[] = [];
    let after: FindingPosition | undefined;
    do {
      const page = await findings().list(scanId, filters, { limit, after });
      assert.ok(page.items.length <= limit);
      seen.push(...page.items);
      after = page.last;
      if (between) await between();
    } while (after);
    return seen;
  }

  test('stores and returns a finding exactly as given', async () => {
    const scan = await new ScansRepository(current().database.db).create({ scope: { accounts: [ACCOUNT_A, ACCOUNT_B, ACCOUNT_C] } });
    scanId = scan.id;
    await scanAccounts().plan(scanId, [{ accountId: ACCOUNT_A }, { accountId: ACCOUNT_B }, { accountId: ACCOUNT_C }]);
    const given = aFinding(ACCOUNT_A, 'exact', { relatedResources: ['arn:aws:ecs:eu-west-1:111111111111:cluster/x'], evidence: { nested: { list: [1, 'two', null] } } });
    await store(ACCOUNT_A, [given]);
    const [stored] = (await findings().list(scanId, {}, { limit: 10 })).items;
    assert.deepEqual(stored, { ...given, id: stored.id, scanId });
  });

  test('pages in (severity, insertion) order with no repeats or gaps while other accounts are written', async () => {
    await store(ACCOUNT_A, findingsFor(ACCOUNT_A));
    const expected = (await findings().list(scanId, {}, { limit: 1000 })).items;
    assert.equal(expected.length, 60);
    assert.deepEqual(expected.slice(0, 12).map((f) => f.severity), Array(12).fill('critical'));

    let written = 0;
    const writeAnother = async () => {
      written += 1;
      if (written === 2) await store(ACCOUNT_B, findingsFor(ACCOUNT_B, 30));
    };
    const paged = await readAll({}, 7, writeAnother);
    assert.equal(new Set(paged.map((f) => f.id)).size, paged.length);
    assert.deepEqual(paged.filter((f) => f.accountId === ACCOUNT_A).map((f) => f.id), expected.map((f) => f.id));
    assert.ok(paged.some((f) => f.accountId === ACCOUNT_B));
  });

  test('every filter and their combinations match a full scan of the rows', async () => {
    const all = (await findings().list(scanId, {}, { limit: 1000 })).items;
    const cases: FindingFilters[] = [
      { severity: 'high' },
      { ruleId: 'eks.irsa.trust-wildcard' },
      { accountId: ACCOUNT_B },
      { region: 'eu-west-1' },
      { resourceType: 'AWS::ECS::TaskDefinition' },
      { severity: 'critical', accountId: ACCOUNT_A, region: 'us-east-1' },
      { severity: ['high', 'critical'] },
      { severity: ['low'], accountId: ACCOUNT_B },
      { ruleId: 'ecs.task.admin-role', resourceType: 'AWS::IAM::Role' },
      { accountId: ACCOUNT_C },
    ];
    for (const filters of cases) {
      const expected = all.filter((f) =>
        (filters.severity === undefined || [filters.severity].flat().includes(f.severity)) &&
        (filters.ruleId === undefined || f.ruleId === filters.ruleId) &&
        (filters.accountId === undefined || f.accountId === filters.accountId) &&
        (filters.region === undefined || f.region === filters.region) &&
        (filters.resourceType === undefined || f.resource.type === filters.resourceType),
      );
      assert.deepEqual((await readAll(filters, 4)).map((f) => f.id), expected.map((f) => f.id), JSON.stringify(filters));
    }
    assert.equal(all.length, 90);
  });

  test('rejects an invalid page and finds nothing for an unknown scan', async () => {
    await assert.rejects(findings().list(scanId, {}, { limit: 1001 }), ZodError);
    await assert.rejects(findings().list(scanId, {}, { limit: 5, after: { severityRank: 9, seq: 1 } }), ZodError);
    await assert.rejects(findings().list(scanId, { severity: 'urgent' as 'high' }, { limit: 5 }), ZodError);
    assert.deepEqual(await findings().list('00000000-0000-4000-8000-000000000000', {}, { limit: 5 }), { items: [] });
    assert.deepEqual(await findings().list('nope', {}, { limit: 5 }), { items: [] });
  });
});
