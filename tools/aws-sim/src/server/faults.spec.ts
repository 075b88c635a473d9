import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { EKSClient, ListClustersCommand as ListEksClusters } from '@aws-sdk/client-eks';
import { GetAccountAuthorizationDetailsCommand, IAMClient, ListOpenIDConnectProvidersCommand } from '@aws-sdk/client-iam';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { countCalls } from '../calls/call-counter';
import type { Faults } from '../faults/faults.schema';
import { assumeAudit, clientConfig, type Credentials, DEV, MANAGEMENT, PROD, sampleWorld, startSample } from '../testing/sim-fixture';
import type { RunningSimulator } from './start-simulator';

type AwsError = Error & { $metadata: { httpStatusCode?: number } };

function failsWith(name: string, status: number) {
  return (error: AwsError) => {
    assert.equal(error.name, name);
    assert.equal(error.$metadata.httpStatusCode, status);
    return true;
  };
}

describe('fault injection', () => {
  let sim: RunningSimulator;
  let prod: Credentials;
  let dev: Credentials;
  before(async () => {
    sim = await startSample();
    prod = await assumeAudit(sim, PROD);
    dev = await assumeAudit(sim, DEV);
  });
  beforeEach(() => {
    sim.setFaults({});
    sim.resetCalls();
  });
  after(() => sim.stop());
  const once = { maxAttempts: 1 };

  test('throttled calls are retried by the SDK until they succeed; the counter shows each attempt', async () => {
    sim.setFaults({ errors: [{ match: { service: 'ecs', operation: 'ListClusters' }, error: 'throttle', limit: 2 }] });
    const result = await new ECSClient(clientConfig(sim, 'us-east-1', dev)).send(new ListClustersCommand({}));
    assert.deepEqual(result.clusterArns, [`arn:aws:ecs:us-east-1:${DEV}:cluster/dev-apps`]);
    assert.equal(result.$metadata.attempts, 3);
    const calls = sim.calls();
    assert.equal(countCalls(calls, { service: 'ecs', operation: 'ListClusters', account: DEV, outcome: 'ThrottlingException' }), 2);
    assert.equal(countCalls(calls, { service: 'ecs', operation: 'ListClusters', account: DEV, outcome: 'ok' }), 1);
    assert.equal(calls.total, 3);
  });

  test('each protocol throttles with its own code and status', async () => {
    sim.setFaults({ errors: [{ error: 'throttle' }] });
    await assert.rejects(new ECSClient({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new ListClustersCommand({})), failsWith('ThrottlingException', 400));
    await assert.rejects(new EC2Client({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new DescribeRegionsCommand({})), failsWith('RequestLimitExceeded', 503));
    await assert.rejects(new IAMClient({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new ListOpenIDConnectProvidersCommand({})), failsWith('Throttling', 400));
    await assert.rejects(new OrganizationsClient({ ...clientConfig(sim), ...once }).send(new ListAccountsCommand({})), failsWith('TooManyRequestsException', 400));
    await assert.rejects(new EKSClient({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new ListEksClusters({})), failsWith('ThrottlingException', 429));
  });

  test('AccessDenied for chosen accounts and services only', async () => {
    sim.setFaults({ errors: [{ match: { service: 'ecs', account: DEV }, error: 'accessDenied' }] });
    await assert.rejects(new ECSClient(clientConfig(sim, 'us-east-1', dev)).send(new ListClustersCommand({})), {
      name: 'AccessDeniedException',
      message: `User: arn:aws:sts::${DEV}:assumed-role/RolecallAudit/rolecall is not authorized to perform: ecs:ListClusters`,
    });
    await new ECSClient(clientConfig(sim, 'us-east-1', prod)).send(new ListClustersCommand({}));
    await new EC2Client(clientConfig(sim, 'us-east-1', dev)).send(new DescribeRegionsCommand({}));
    assert.equal(countCalls(sim.calls(), { outcome: 'AccessDeniedException' }), 1);
  });

  test('server errors (retried, then surfaced) and operations made unsupported', async () => {
    sim.setFaults({ errors: [{ match: { service: 'ecs' }, error: 'internalError' }, { match: { service: 'iam' }, error: 'unsupported' }] });
    await assert.rejects(new ECSClient({ ...clientConfig(sim, 'us-east-1', dev), maxAttempts: 2 }).send(new ListClustersCommand({})), failsWith('ServerException', 500));
    assert.equal(countCalls(sim.calls(), { service: 'ecs', outcome: 'ServerException' }), 2);
    await assert.rejects(new IAMClient(clientConfig(sim, 'us-east-1', dev)).send(new GetAccountAuthorizationDetailsCommand({})), failsWith('InvalidAction', 400));
  });

  test('HTML error pages (404, 501) without an AWS error code, for any protocol', async () => {
    sim.setFaults({ errors: [{ match: { service: 'ecs' }, error: 'notFoundHtml' }, { match: { service: 'iam' }, error: 'notImplementedHtml' }] });
    const page = (status: number) => (error: AwsError & { $response: { headers: Record<string, string> } }) => {
      assert.equal(error.$metadata.httpStatusCode, status);
      assert.equal(error.$response.headers['content-type'], 'text/html; charset=utf-8');
      return true;
    };
    await assert.rejects(new ECSClient({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new ListClustersCommand({})), page(404));
    await assert.rejects(new IAMClient({ ...clientConfig(sim, 'us-east-1', dev), ...once }).send(new ListOpenIDConnectProvidersCommand({})), page(501));
    assert.equal(countCalls(sim.calls(), { service: 'ecs', operation: 'ListClusters', outcome: 'Http404' }), 1);
    assert.equal(countCalls(sim.calls(), { service: 'iam', operation: 'ListOpenIDConnectProviders', outcome: 'Http501' }), 1);
  });

  test('regions disabled by faults fail as regions the account never enabled', async () => {
    sim.setFaults({ disabledRegions: [{ account: PROD, region: 'eu-west-1' }] });
    await assert.rejects(new EKSClient(clientConfig(sim, 'eu-west-1', prod)).send(new ListEksClusters({})), failsWith('UnrecognizedClientException', 403));
    const regions = await new EC2Client(clientConfig(sim, 'us-east-1', prod)).send(new DescribeRegionsCommand({}));
    assert.deepEqual(regions.Regions?.map((r) => r.RegionName), ['us-east-1']);
    await new EKSClient(clientConfig(sim, 'eu-west-1', dev)).send(new ListEksClusters({}));
  });

  test('a seeded throttle rate gives the same outcomes for the same calls', async () => {
    const run = async () => {
      sim.setFaults({ seed: 42, errors: [{ match: { service: 'ecs' }, error: 'throttle', rate: 0.5 }] });
      const client = new ECSClient({ ...clientConfig(sim, 'us-east-1', dev), ...once });
      const outcomes: string[] = [];
      for (let i = 0; i < 12; i++) outcomes.push(await client.send(new ListClustersCommand({})).then(() => 'ok', (error: Error) => error.name));
      return outcomes;
    };
    const first = await run();
    assert.deepEqual(await run(), first);
    assert.ok(first.includes('ok') && first.includes('ThrottlingException'), first.join(','));
  });

  test('control routes: health, calls, reset, faults (validated)', async () => {
    await new ECSClient(clientConfig(sim, 'us-east-1', dev)).send(new ListClustersCommand({}));
    const health = await fetch(`${sim.url}/_sim/health`).then((r) => r.json());
    assert.deepEqual(health, { status: 'ok', accounts: 4 });
    const calls = await fetch(`${sim.url}/_sim/calls`).then((r) => r.json());
    assert.deepEqual(calls, { total: 1, calls: [{ service: 'ecs', operation: 'ListClusters', account: DEV, region: 'us-east-1', outcome: 'ok', count: 1 }] });
    assert.equal((await fetch(`${sim.url}/_sim/calls/reset`, { method: 'POST' })).status, 200);
    assert.equal(sim.calls().total, 0);
    const rejected = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ errors: [{ error: 'explode' }] }) });
    assert.equal(rejected.status, 400);
    assert.match(JSON.stringify(await rejected.json()), /errors\[0\]\.error/);
    const faults: Faults = { errors: [{ match: { operation: 'ListClusters' }, error: 'accessDenied' }] };
    assert.equal((await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify(faults) })).status, 200);
    await assert.rejects(new ECSClient(clientConfig(sim, 'us-east-1', dev)).send(new ListClustersCommand({})), { name: 'AccessDeniedException' });
    assert.equal((await fetch(`${sim.url}/_sim/nope`)).status, 404);
  });
});

test("the world's faults section applies from the start; the faults option replaces it", async () => {
  const world = { ...sampleWorld(), faults: { errors: [{ match: { service: 'organizations' }, error: 'accessDenied' as const }] } };
  const fromWorld = await startSample({ world });
  try {
    await assert.rejects(new OrganizationsClient(clientConfig(fromWorld)).send(new ListAccountsCommand({})), { name: 'AccessDeniedException' });
  } finally {
    await fromWorld.stop();
  }
  const replaced = await startSample({ world, faults: {} });
  try {
    const { Accounts } = await new OrganizationsClient(clientConfig(replaced)).send(new ListAccountsCommand({}));
    assert.equal(Accounts?.[0].Id, MANAGEMENT);
  } finally {
    await replaced.stop();
  }
});
