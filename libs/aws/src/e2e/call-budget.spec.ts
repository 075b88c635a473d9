import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator, World } from '@rolecall/aws-sim';
import { collectAccount, type AwsContext } from '../index';
import { startTestSimulator, testContext } from './simulator.fixture';
import { CREATED, SCANNER_ARN, plainAccount } from './world-parts.fixture';

const SMALL = '212121212121';
const LARGE = '232323232323';

function budgetWorld(): World {
  return {
    organization: { id: 'o-rolecallbudget', managementAccountId: '111111111111' },
    scanner: { principalArn: SCANNER_ARN },
    accounts: [
      plainAccount('111111111111', 'management', ['us-east-1']),
      // Enabled in two regions, with something only in us-east-1.
      { ...plainAccount(SMALL, 'small', ['us-east-1'], 4), regions: ['us-east-1', 'eu-central-1'], joinedTimestamp: CREATED },
      plainAccount(LARGE, 'large', ['us-east-1'], 2499),
    ],
  };
}

const iamCalls = (calls: Record<string, number>) =>
  Object.fromEntries(Object.entries(calls).filter(([key]) => key.startsWith('iam:')));

describe('AWS calls per account', () => {
  let sim: RunningSimulator;
  let ctx: AwsContext;
  before(async () => {
    sim = await startTestSimulator(budgetWorld());
    ctx = testContext();
  });
  after(() => sim.stop());

  test('IAM calls grow with pages of 1,000 entities, not with roles', async () => {
    const small = await collectAccount(ctx, { scanId: 'budget', accountId: SMALL, regions: ['us-east-1'] });
    const large = await collectAccount(ctx, { scanId: 'budget', accountId: LARGE, regions: ['us-east-1'] });
    assert.equal(small.inventory.iam.roles.length, 5);
    assert.equal(large.inventory.iam.roles.length, 2500);
    assert.deepEqual(iamCalls(small.awsCalls), { 'iam:GetAccountAuthorizationDetails': 1, 'iam:ListOpenIDConnectProviders': 1 });
    assert.deepEqual(iamCalls(large.awsCalls), { 'iam:GetAccountAuthorizationDetails': 3, 'iam:ListOpenIDConnectProviders': 1 });
  });

  test('an enabled region with nothing in it costs only the list calls that prove it empty', async () => {
    const one = await collectAccount(ctx, { scanId: 'budget', accountId: SMALL, regions: ['us-east-1'] });
    const both = await collectAccount(ctx, { scanId: 'budget', accountId: SMALL });
    assert.deepEqual(both.inventory.regions, ['eu-central-1', 'us-east-1']);
    const extra = Object.fromEntries(
      Object.entries(both.awsCalls)
        .map(([key, count]) => [key, count - (one.awsCalls[key] ?? 0)] as const)
        .filter(([, count]) => count !== 0),
    );
    assert.deepEqual(extra, {
      'ec2:DescribeRegions': 1, // discovering the regions (the first run named them)
      'ec2:DescribeInstances': 1,
      'ec2:DescribeLaunchTemplates': 1,
      'ec2:GetInstanceMetadataDefaults': 1,
      'autoscaling:DescribeAutoScalingGroups': 1,
      'ecs:ListClusters': 1,
      'ecs:ListTaskDefinitionFamilies': 1,
      'eks:ListClusters': 1,
    });
  });
});
