import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeOrganizationCommand, ListAccountsCommand, OrganizationsClient, paginateListAccounts, type Account } from '@aws-sdk/client-organizations';
import type { RunningSimulator } from '../../server/start-simulator';
import { assumeAudit, clientConfig, MANAGEMENT, PROD, startSample } from '../../testing/sim-fixture';

describe('Organizations', () => {
  let sim: RunningSimulator;
  let orgs: OrganizationsClient;
  before(async () => {
    sim = await startSample();
    orgs = new OrganizationsClient(clientConfig(sim));
  });
  after(() => sim.stop());

  test('DescribeOrganization names the management account', async () => {
    const { Organization } = await orgs.send(new DescribeOrganizationCommand({}));
    assert.deepEqual(
      [Organization?.Id, Organization?.MasterAccountId, Organization?.MasterAccountArn, Organization?.FeatureSet],
      ['o-rolecall01', MANAGEMENT, `arn:aws:organizations::${MANAGEMENT}:account/o-rolecall01/${MANAGEMENT}`, 'ALL'],
    );
  });

  test('ListAccounts pages through every account', async () => {
    const accounts: Account[] = [];
    let pages = 0;
    for await (const page of paginateListAccounts({ client: orgs, pageSize: 3 }, {})) {
      pages++;
      accounts.push(...(page.Accounts ?? []));
    }
    assert.equal(pages, 2);
    assert.deepEqual(accounts.map((a) => [a.Id, a.Name, a.Status]), [
      ['111111111111', 'management', 'ACTIVE'],
      ['222222222222', 'workloads-prod', 'ACTIVE'],
      ['333333333333', 'workloads-dev', 'ACTIVE'],
      ['444444444444', 'sandbox', 'ACTIVE'],
    ]);
    assert.deepEqual(accounts[3].JoinedMethod, 'INVITED');
    assert.deepEqual(accounts[0].JoinedTimestamp, new Date('2023-01-10T08:00:00Z'));
    await assert.rejects(orgs.send(new ListAccountsCommand({ MaxResults: 21 })), { name: 'InvalidInputException' });
    await assert.rejects(orgs.send(new ListAccountsCommand({ NextToken: 'Mi5mb3JnZWQ' })), { name: 'InvalidInputException', message: 'You provided an invalid value for NextToken.' });
  });

  test('a member account may not list accounts', async () => {
    const member = new OrganizationsClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, PROD)));
    await assert.rejects(member.send(new ListAccountsCommand({})), { name: 'AccessDeniedException' });
    assert.equal((await member.send(new DescribeOrganizationCommand({}))).Organization?.Id, 'o-rolecall01');
  });
});
