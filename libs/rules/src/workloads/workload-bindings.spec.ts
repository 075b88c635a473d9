import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainerInstance, aRole, aTaskDefinition, aTrustPolicy, anInstance, anInventory, anOrganization, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import { RoleAnalyzer } from '../engine/role-analyzer';
import { loadActionCatalog, type ActionCatalog } from '../policy';
import { workloadBindings } from './workload-bindings';

const ISSUER = 'oidc.eks.eu-west-1.amazonaws.com/id/NOCLUSTERHERE';
let catalog: ActionCatalog;
before(async () => {
  catalog = await loadActionCatalog();
});

test('container instances map through their instance profile; IRSA without a local cluster keeps the issuer region; duplicates collapse', () => {
  const instanceRole = aRole({ roleName: 'ecs-instance', instanceProfiles: [{ arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:instance-profile/ecs-instance`, name: 'ecs-instance' }] });
  const irsa = aRole({
    roleName: 'remote-irsa',
    trustPolicy: aTrustPolicy({ Federated: `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${ISSUER}` }, 'sts:AssumeRoleWithWebIdentity', {
      StringEquals: { [`${ISSUER}:sub`]: ['system:serviceaccount:jobs:runner', 'system:serviceaccount:jobs:cron'] },
    }),
  });
  const task = aRole({ roleName: 'web-task' });
  const revisions = [1, 2].map((revision) => aTaskDefinition({ family: 'web', revision, taskRoleArn: task.arn }));
  const inventory = anInventory({
    iam: { roles: [instanceRole, irsa, task] },
    ecs: { taskDefinitions: revisions, containerInstances: [aContainerInstance()] },
    ec2: { instances: [anInstance()] },
  });
  const bindings = workloadBindings(inventory, new RoleAnalyzer(inventory, anOrganization(), catalog));
  assert.deepEqual(bindings.map((b) => [b.workloadType, b.workload, b.roleArn, b.region, b.cluster ?? null]), [
    ['ecs-task', 'web', task.arn, 'us-east-1', null],
    ['ecs-execution', 'web', revisions[0].executionRoleArn, 'us-east-1', null],
    ['ecs-container-instance', 'i-0123456789abcdef0', instanceRole.arn, 'us-east-1', null],
    ['irsa', 'jobs/runner', irsa.arn, 'eu-west-1', null],
    ['irsa', 'jobs/cron', irsa.arn, 'eu-west-1', null],
  ]);
  assert.equal(bindings[3].sourceArn, `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${ISSUER}`);
});

test('a role trusting a CI provider (GitHub Actions) binds no service account, whatever its sub', () => {
  const github = aRole({
    roleName: 'gha-deploy',
    trustPolicy: aTrustPolicy(
      { Federated: `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com` },
      'sts:AssumeRoleWithWebIdentity',
      { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
    ),
  });
  const inventory = anInventory({ iam: { roles: [github] } });
  assert.deepEqual(workloadBindings(inventory, new RoleAnalyzer(inventory, anOrganization(), catalog)), []);
});
