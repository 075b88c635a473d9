import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import type { CollectionGap } from '@rolecall/model';
import { collectAccount, type AwsContext } from '../index';
import { PROD_EC2 } from './prod-expected-ec2.fixture';
import { PROD_EKS } from './prod-expected-eks.fixture';
import { PROD_IAM } from './prod-expected-iam.fixture';
import { PROD } from './prod-iam.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';
import { LEGACY_CLUSTER_GAPS } from './prod-expected.fixture';

const SESSION = `arn:aws:sts::${PROD}:assumed-role/RolecallAudit/rolecall-scan-gaps`;
const denied = (service: string, operation: string, region: string, errorCode: string): CollectionGap => ({
  service,
  operation,
  region,
  errorCode,
  message: `User: ${SESSION} is not authorized to perform: ${service}:${operation}`,
});

describe('what cannot be read becomes a gap, never a failed account', () => {
  let sim: RunningSimulator;
  let ctx: AwsContext;
  before(async () => {
    sim = await startTestSimulator(testWorld());
    ctx = testContext();
  });
  after(() => sim.stop());

  test('AccessDenied on ECS in one account: ECS gaps in every region, everything else collected', async () => {
    sim.setFaults({ errors: [{ match: { service: 'ecs', account: PROD }, error: 'accessDenied' }] });
    const result = await collectAccount(ctx, { scanId: 'scan-gaps', accountId: PROD });
    const regions = ['eu-west-1', 'us-east-1', 'us-west-2'];
    assert.deepEqual(result.gaps, [
      ...regions.map((region) => denied('ecs', 'ListClusters', region, 'AccessDeniedException')),
      ...regions.map((region) => denied('ecs', 'ListTaskDefinitionFamilies', region, 'AccessDeniedException')),
      ...LEGACY_CLUSTER_GAPS,
    ]);
    assert.deepEqual(result.inventory.gaps, result.gaps);
    assert.deepEqual(result.inventory.ecs, { clusters: [], services: [], tasks: [], taskDefinitions: [], containerInstances: [] });
    assert.deepEqual(result.inventory.ec2, PROD_EC2);
    assert.deepEqual(result.inventory.eks, PROD_EKS);
    // Without task definitions web-task is not known as a task role: no Access Advisor report for it.
    const { serviceLastAccessed: _unread, ...webTask } = PROD_IAM.roles[1];
    assert.deepEqual(result.inventory.iam, { ...PROD_IAM, roles: PROD_IAM.roles.map((role, i) => (i === 1 ? webTask : role)) });
  });

  test('AccessDenied on IAM authorization details: one IAM gap, regions still collected', async () => {
    sim.setFaults({ errors: [{ match: { service: 'iam', operation: 'GetAccountAuthorizationDetails' }, error: 'accessDenied' }] });
    const result = await collectAccount(ctx, { scanId: 'scan-gaps', accountId: PROD, regions: ['eu-west-1'] });
    assert.deepEqual(result.gaps, [denied('iam', 'GetAccountAuthorizationDetails', 'global', 'AccessDenied'), ...LEGACY_CLUSTER_GAPS]);
    assert.deepEqual(result.inventory.iam, { roles: [], managedPolicies: [], oidcProviders: PROD_IAM.oidcProviders });
    assert.deepEqual(result.inventory.eks, PROD_EKS);
    assert.equal(result.awsCalls['iam:GenerateServiceLastAccessedDetails'], undefined);
  });

  test('a disabled region is skipped when discovered, and a gap per service when named', async () => {
    sim.setFaults({ disabledRegions: [{ account: PROD, region: 'us-west-2' }] });
    const discovered = await collectAccount(ctx, { scanId: 'scan-gaps', accountId: PROD });
    assert.deepEqual(discovered.inventory.regions, ['eu-west-1', 'us-east-1']);
    assert.deepEqual(discovered.gaps, LEGACY_CLUSTER_GAPS);
    const named = await collectAccount(ctx, { scanId: 'scan-gaps', accountId: PROD, regions: ['us-west-2'] });
    assert.deepEqual(named.inventory.regions, ['us-west-2']);
    // Each service answers a disabled region with its own code, as AWS does.
    assert.deepEqual(
      named.gaps.map((g) => `${g.service}:${g.operation}@${g.region}=${g.errorCode}`),
      [
        'autoscaling:DescribeAutoScalingGroups@us-west-2=InvalidClientTokenId',
        'ec2:DescribeInstances@us-west-2=AuthFailure',
        'ec2:DescribeLaunchTemplates@us-west-2=AuthFailure',
        'ec2:GetInstanceMetadataDefaults@us-west-2=AuthFailure',
        'ecs:ListClusters@us-west-2=UnrecognizedClientException',
        'ecs:ListTaskDefinitionFamilies@us-west-2=UnrecognizedClientException',
        'eks:ListClusters@us-west-2=UnrecognizedClientException',
      ],
    );
    assert.deepEqual(named.inventory.eks.clusters, []);
  });
});
