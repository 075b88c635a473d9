import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath, type RunningSimulator, type World } from '@rolecall/aws-sim';
import { accountInventorySchema } from '@rolecall/model';
import { collectAccount, discoverOrganization, type AwsContext } from '../index';
import { startTestSimulator, testContext } from './simulator.fixture';

type WorldAccount = World['accounts'][number];

type Regional = NonNullable<NonNullable<WorldAccount['regional']>[string]>;

const regionalNames = (account: WorldAccount, pick: (regional: Regional) => string[]) =>
  Object.entries(account.regional ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, regional]) => (regional ? pick(regional) : []));

/** The sample's sandbox account expects another external id: its member role refuses the scanner. */
const REFUSING = '444444444444';

/** prod-eks has no access entry for the audit role: its Kubernetes API answers 401 to every read. */
const UNREADABLE_CLUSTER_GAPS: Record<string, string[]> = {
  'workloads-prod': ['GetConfigMap', 'ListClusterRoleBindings', 'ListPods', 'ListServiceAccounts'].map(
    (operation) => `k8s:${operation} Unauthorized arn:aws:eks:eu-west-1:222222222222:cluster/prod-eks`,
  ),
};

describe('the simulator sample organization', () => {
  let sim: RunningSimulator;
  let ctx: AwsContext;
  let world: World;
  before(async () => {
    world = loadWorld(sampleWorldPath());
    sim = await startTestSimulator(world);
    ctx = testContext({ externalId: 'rolecall-demo' });
  });
  after(() => sim.stop());

  test('every account the scanner may enter is collected with what the world holds, without a gap but the unreadable cluster', async () => {
    const organization = await discoverOrganization(ctx);
    const active = world.accounts.filter((account) => (account.status ?? 'ACTIVE') === 'ACTIVE');
    assert.deepEqual(organization.accounts, active.map((account) => ({ id: account.id, name: account.name })));
    await assert.rejects(collectAccount(ctx, { scanId: 'sample', accountId: REFUSING }), { name: 'AccountAccessError', code: 'AccessDenied' });
    for (const account of active.filter((candidate) => candidate.id !== REFUSING)) {
      const { inventory, gaps } = await collectAccount(ctx, { scanId: 'sample', accountId: account.id, accountName: account.name });
      const described = gaps.map((gap) => `${gap.service}:${gap.operation} ${gap.errorCode} ${gap.resource}`);
      assert.deepEqual(described, UNREADABLE_CLUSTER_GAPS[account.name] ?? [], account.name);
      assert.equal(accountInventorySchema.safeParse(inventory).success, true);
      assert.deepEqual(inventory.regions, [...account.regions].sort());
      assert.deepEqual(
        inventory.iam.roles.map((role) => role.roleName),
        (account.iam?.roles ?? []).map((role) => role.RoleName),
      );
      assert.deepEqual(
        inventory.ecs.clusters.map((cluster) => cluster.name),
        regionalNames(account, (regional) => (regional.ecs?.clusters ?? []).map((cluster) => cluster.clusterName)),
      );
      assert.deepEqual(
        inventory.eks.clusters.map((cluster) => cluster.name),
        regionalNames(account, (regional) => (regional.eks?.clusters ?? []).map((cluster) => cluster.name)),
      );
      assert.deepEqual(
        inventory.ec2.instances.map((instance) => instance.instanceId),
        regionalNames(account, (regional) =>
          (regional.ec2?.instances ?? []).filter((instance) => instance.State?.Name !== 'terminated').map((instance) => instance.InstanceId),
        ),
      );
      const definitions = new Set(inventory.ecs.taskDefinitions.map((definition) => definition.arn));
      const used = [...inventory.ecs.services.map((service) => service.taskDefinitionArn), ...inventory.ecs.tasks.map((task) => task.taskDefinitionArn)];
      assert.deepEqual(used.filter((arn) => !definitions.has(arn)), [], `${account.name}: every task definition in use is described`);
    }
  });
});
