import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeClustersCommand, DescribeContainerInstancesCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, DescribeTasksCommand,
  ECSClient, ListAccountSettingsCommand, ListClustersCommand, ListContainerInstancesCommand, ListServicesCommand,
  ListTaskDefinitionFamiliesCommand, ListTaskDefinitionsCommand, ListTasksCommand, paginateListServices,
} from '@aws-sdk/client-ecs';
import { type RunningSimulator, startSimulator } from '../../server/start-simulator';
import { asSdkOutput, assumeAudit, clientConfig, DEV, PROD, sampleWorld, startSample } from '../../testing/sim-fixture';
import { parseWorld } from '../../world/parse-world';

describe('ECS', () => {
  let sim: RunningSimulator;
  let dev: ECSClient;
  let prod: ECSClient;
  const arn = (account: string, resource: string) => `arn:aws:ecs:us-east-1:${account}:${resource}`;
  before(async () => {
    sim = await startSample();
    dev = new ECSClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, DEV)));
    prod = new ECSClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, PROD)));
  });
  after(() => sim.stop());

  test('clusters: list, describe with counts, tags only when asked, MISSING failures', async () => {
    assert.deepEqual((await dev.send(new ListClustersCommand({}))).clusterArns, [arn(DEV, 'cluster/dev-apps')]);
    const described = await dev.send(new DescribeClustersCommand({ clusters: ['dev-apps', 'ghost'] }));
    const cluster = described.clusters?.[0];
    assert.deepEqual([cluster?.clusterName, cluster?.registeredContainerInstancesCount, cluster?.runningTasksCount, cluster?.activeServicesCount], ['dev-apps', 2, 4, 3]);
    assert.equal(cluster?.tags, undefined);
    assert.deepEqual(described.failures, [{ arn: arn(DEV, 'cluster/ghost'), reason: 'MISSING' }]);
    const tagged = await dev.send(new DescribeClustersCommand({ clusters: [arn(DEV, 'cluster/dev-apps')], include: ['TAGS'] }));
    assert.deepEqual(tagged.clusters?.[0].tags, [{ key: 'env', value: 'dev' }]);
  });

  test('services: ARNs, task definition resolved to its ARN, at most 10 per DescribeServices', async () => {
    const { serviceArns } = await prod.send(new ListServicesCommand({ cluster: 'prod-web' }));
    assert.deepEqual(serviceArns, [arn(PROD, 'service/prod-web/orders'), arn(PROD, 'service/prod-web/payments')]);
    const { services } = await prod.send(new DescribeServicesCommand({ cluster: 'prod-web', services: ['orders'], include: ['TAGS'] }));
    assert.equal(services?.[0].taskDefinition, arn(PROD, 'task-definition/orders:2'));
    assert.equal(services?.[0].enableExecuteCommand, true);
    assert.deepEqual(services?.[0].tags, [{ key: 'team', value: 'orders' }]);
    assert.deepEqual(services?.[0].networkConfiguration?.awsvpcConfiguration?.assignPublicIp, 'DISABLED');
    await assert.rejects(prod.send(new DescribeServicesCommand({ cluster: 'prod-web', services: Array(11).fill('orders') })), {
      name: 'InvalidParameterException',
      message: 'services can have at most 10 items.',
    });
    await assert.rejects(prod.send(new ListServicesCommand({ cluster: 'nope' })), { name: 'ClusterNotFoundException' });
  });

  test('task definitions: families, revisions by status, describe by family / family:revision / ARN exactly as in the world', async () => {
    assert.deepEqual((await prod.send(new ListTaskDefinitionFamiliesCommand({}))).families, ['batch-worker', 'orders', 'payments']);
    assert.deepEqual((await prod.send(new ListTaskDefinitionsCommand({ familyPrefix: 'orders' }))).taskDefinitionArns, [arn(PROD, 'task-definition/orders:2')]);
    assert.deepEqual((await prod.send(new ListTaskDefinitionsCommand({ sort: 'DESC' }))).taskDefinitionArns, [
      arn(PROD, 'task-definition/payments:4'),
      arn(PROD, 'task-definition/orders:2'),
      arn(PROD, 'task-definition/batch-worker:7'),
    ]);
    assert.deepEqual((await prod.send(new ListTaskDefinitionsCommand({ familyPrefix: 'orders', status: 'INACTIVE' }))).taskDefinitionArns, [arn(PROD, 'task-definition/orders:1')]);
    const world = parseWorld(sampleWorld()).accounts[1].regional['us-east-1']?.ecs.taskDefinitions.find((d) => d.family === 'orders' && d.revision === 2);
    const { taskDefinition, tags } = await prod.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders', include: ['TAGS'] }));
    const { tags: worldTags, ...expected } = asSdkOutput(world) as Record<string, unknown>;
    assert.deepEqual(taskDefinition, { ...expected, taskDefinitionArn: arn(PROD, 'task-definition/orders:2'), compatibilities: ['FARGATE'] });
    assert.deepEqual(tags, worldTags);
    assert.equal((await prod.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn(PROD, 'task-definition/orders:1') }))).taskDefinition?.status, 'INACTIVE');
    await assert.rejects(prod.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders:9' })), { name: 'ClientException' });
  });

  test('container instances and tasks, with the ECS filters', async () => {
    const { containerInstanceArns } = await dev.send(new ListContainerInstancesCommand({ cluster: 'dev-apps' }));
    assert.equal(containerInstanceArns?.length, 2);
    const { containerInstances } = await dev.send(new DescribeContainerInstancesCommand({ cluster: 'dev-apps', containerInstances: containerInstanceArns }));
    assert.deepEqual(containerInstances?.map((ci) => [ci.ec2InstanceId, ci.runningTasksCount]), [['i-0d1e2f3a4b5c60001', 2], ['i-0d1e2f3a4b5c60002', 2]]);
    const agents = await dev.send(new ListTasksCommand({ cluster: 'dev-apps', serviceName: 'node-agent' }));
    assert.equal(agents.taskArns?.length, 2);
    const onFirst = await dev.send(new ListTasksCommand({ cluster: 'dev-apps', containerInstance: containerInstanceArns?.[0] }));
    assert.equal(onFirst.taskArns?.length, 2);
    assert.deepEqual((await dev.send(new ListTasksCommand({ cluster: 'dev-apps', family: 'web' }))).taskArns, [arn(DEV, 'task/dev-apps/708192a3b4c5d6e7f8091a2b3c4d5e6f')]);
    assert.deepEqual((await dev.send(new ListTasksCommand({ cluster: 'dev-apps', desiredStatus: 'STOPPED' }))).taskArns, []);
    const { tasks, failures } = await prod.send(new DescribeTasksCommand({ cluster: 'prod-web', tasks: ['3c4d5e6f708192a3b4c5d6e7f8091a2b', 'ffff'] }));
    assert.equal(tasks?.[0].overrides?.taskRoleArn, `arn:aws:iam::${PROD}:role/batch-task-role`);
    assert.equal(tasks?.[0].clusterArn, arn(PROD, 'cluster/prod-web'));
    assert.deepEqual(failures, [{ arn: 'ffff', reason: 'MISSING' }]);
  });

  test('an operation the simulator does not serve is UnknownOperationException; a disabled region UnrecognizedClientException', async () => {
    await assert.rejects(prod.send(new ListAccountSettingsCommand({})), { name: 'UnknownOperationException' });
    const closed = new ECSClient({ ...clientConfig(sim, 'ap-south-1'), credentials: await assumeAudit(sim, PROD) });
    await assert.rejects(closed.send(new ListClustersCommand({})), { name: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
  });
});

test('ListServices pages 10 at a time by default, maxResults up to 100, and rejects forged tokens', async () => {
  const services = Array.from({ length: 23 }, (_, i) => ({ serviceName: `svc-${i}`, taskDefinition: 'app:1', desiredCount: 1, runningCount: 1, createdAt: '2024-01-01T00:00:00Z' }));
  const sim = await startSimulator({
    world: {
      organization: { id: 'o-paging0000', managementAccountId: '111111111111' },
      scanner: { principalArn: 'arn:aws:iam::111111111111:role/Scanner' },
      accounts: [{ id: '111111111111', name: 'm', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'], regional: { 'us-east-1': { ecs: { clusters: [{ clusterName: 'default', services }] } } } }],
    },
  });
  try {
    const client = new ECSClient(clientConfig(sim));
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const page of paginateListServices({ client }, {})) {
      sizes.push(page.serviceArns?.length ?? 0);
      seen.push(...(page.serviceArns ?? []));
    }
    assert.deepEqual(sizes, [10, 10, 3]);
    assert.deepEqual(seen, services.map((s) => `arn:aws:ecs:us-east-1:111111111111:service/default/${s.serviceName}`));
    assert.equal((await client.send(new ListServicesCommand({ maxResults: 100 }))).serviceArns?.length, 23);
    await assert.rejects(client.send(new ListServicesCommand({ maxResults: 101 })), { name: 'InvalidParameterException' });
    await assert.rejects(client.send(new ListServicesCommand({ nextToken: 'MTAueHh4' })), { name: 'InvalidParameterException' });
  } finally {
    await sim.stop();
  }
});
