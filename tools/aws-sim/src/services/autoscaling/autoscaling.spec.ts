import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoScalingClient, DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import type { RunningSimulator } from '../../server/start-simulator';
import { assumeAudit, clientConfig, DEV, startSample } from '../../testing/sim-fixture';

describe('Auto Scaling', () => {
  let sim: RunningSimulator;
  let client: AutoScalingClient;
  before(async () => {
    sim = await startSample();
    client = new AutoScalingClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, DEV)));
  });
  after(() => sim.stop());

  test('groups carry their launch template or launch configuration; MaxRecords pages them', async () => {
    const first = await client.send(new DescribeAutoScalingGroupsCommand({ MaxRecords: 1 }));
    assert.equal(first.AutoScalingGroups?.[0].AutoScalingGroupName, 'dev-apps-ecs');
    assert.deepEqual(first.AutoScalingGroups?.[0].LaunchTemplate, { LaunchTemplateId: 'lt-0c1d2e3f4a5b60001', LaunchTemplateName: 'dev-apps-ecs', Version: '$Default' });
    assert.deepEqual(first.AutoScalingGroups?.[0].Tags, [{ ResourceId: 'dev-apps-ecs', ResourceType: 'auto-scaling-group', Key: 'Name', Value: 'dev-apps-ecs', PropagateAtLaunch: true }]);
    assert.match(first.AutoScalingGroups?.[0].AutoScalingGroupARN ?? '', /^arn:aws:autoscaling:us-east-1:333333333333:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName\/dev-apps-ecs$/);
    const second = await client.send(new DescribeAutoScalingGroupsCommand({ MaxRecords: 1, NextToken: first.NextToken }));
    assert.equal(second.AutoScalingGroups?.[0].LaunchConfigurationName, 'dev-apps-legacy-lc');
    assert.equal(second.NextToken, undefined);
    const byName = await client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['dev-apps-legacy', 'missing'] }));
    assert.deepEqual(byName.AutoScalingGroups?.map((g) => g.AutoScalingGroupName), ['dev-apps-legacy']);
    const byTag = await client.send(new DescribeAutoScalingGroupsCommand({ Filters: [{ Name: 'tag:Name', Values: ['dev-apps-ecs'] }] }));
    assert.deepEqual(byTag.AutoScalingGroups?.map((g) => g.AutoScalingGroupName), ['dev-apps-ecs']);
    await assert.rejects(client.send(new DescribeAutoScalingGroupsCommand({ MaxRecords: 101 })), { name: 'ValidationError' });
    await assert.rejects(client.send(new DescribeAutoScalingGroupsCommand({ NextToken: 'forged' })), { name: 'InvalidNextToken' });
  });

  test('launch configurations carry metadata options and user data', async () => {
    const { LaunchConfigurations } = await client.send(new DescribeLaunchConfigurationsCommand({}));
    assert.equal(LaunchConfigurations?.length, 1);
    const lc = LaunchConfigurations?.[0];
    assert.deepEqual(lc?.MetadataOptions, { HttpTokens: 'optional', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' });
    assert.equal(lc?.IamInstanceProfile, 'ecs-instance-role');
    assert.match(Buffer.from(lc?.UserData ?? '', 'base64').toString(), /ECS_CLUSTER=dev-apps/);
    assert.deepEqual(lc?.CreatedTime, new Date('2023-06-20T08:00:00Z'));
  });
});
