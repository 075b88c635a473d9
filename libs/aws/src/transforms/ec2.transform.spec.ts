import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { autoScalingGroupSchema, ec2InstanceSchema, launchConfigurationSchema, launchTemplateSchema } from '@rolecall/model';
import { autoScalingGroupFrom, launchConfigurationFrom, launchTemplateRefsOf } from './autoscaling.transform';
import { instanceFrom, launchTemplateFrom, launchTemplateVersionFrom } from './ec2.transform';

const place = { accountId: '111122223333', region: 'eu-west-1' };
const ecsScript = '#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n';
const ecsUserData = Buffer.from(ecsScript).toString('base64');

describe('EC2 and Auto Scaling transforms', () => {
  test('an instance with IMDSv1 allowed, its profile and the launch template from its tags', () => {
    const instance = instanceFrom(
      {
        InstanceId: 'i-1',
        State: { Name: 'running' },
        ImageId: 'ami-1',
        IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/ecs', Id: 'AIPA' },
        MetadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', State: 'applied' },
        VpcId: 'vpc-1',
        SubnetId: 'subnet-1',
        PublicIpAddress: '203.0.113.5',
        Tags: [
          { Key: 'aws:ec2launchtemplate:id', Value: 'lt-1' },
          { Key: 'aws:ec2launchtemplate:version', Value: '3' },
        ],
      },
      place,
    );
    assert.deepEqual(instance, {
      arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1',
      ...place,
      instanceId: 'i-1',
      state: 'running',
      imageId: 'ami-1',
      instanceProfileArn: 'arn:aws:iam::111122223333:instance-profile/ecs',
      metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled', state: 'applied' },
      launchTemplate: { id: 'lt-1', version: '3' },
      vpcId: 'vpc-1',
      subnetId: 'subnet-1',
      hasPublicIp: true,
      tags: { 'aws:ec2launchtemplate:id': 'lt-1', 'aws:ec2launchtemplate:version': '3' },
    });
  });

  test('a launch template with versions sorted and user data reduced to facts', () => {
    const v2 = launchTemplateVersionFrom({
      LaunchTemplateId: 'lt-1',
      VersionNumber: 2,
      DefaultVersion: false,
      LaunchTemplateData: { ImageId: 'ami-2', UserData: ecsUserData, IamInstanceProfile: { Name: 'ecs' } },
    });
    const v1 = launchTemplateVersionFrom({
      LaunchTemplateId: 'lt-1',
      VersionNumber: 1,
      DefaultVersion: true,
      LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 } },
    });
    const template = launchTemplateFrom(
      { LaunchTemplateId: 'lt-1', LaunchTemplateName: 'nodes', DefaultVersionNumber: 1, LatestVersionNumber: 2 },
      [v2, v1],
      place,
    );
    assert.deepEqual(template, {
      arn: 'arn:aws:ec2:eu-west-1:111122223333:launch-template/lt-1',
      ...place,
      launchTemplateId: 'lt-1',
      name: 'nodes',
      defaultVersionNumber: 1,
      latestVersionNumber: 2,
      versions: [
        { versionNumber: 1, isDefault: true, metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1 } },
        {
          versionNumber: 2,
          isDefault: false,
          imageId: 'ami-2',
          instanceProfile: { name: 'ecs' },
          userData: { sizeBytes: ecsScript.length, ecsCluster: 'prod', iptablesBlocksImds: false },
        },
      ],
      tags: {},
    });
  });

  test('groups name their templates directly, through a mixed instances policy, or a launch configuration', () => {
    const group = autoScalingGroupFrom(
      {
        AutoScalingGroupName: 'nodes',
        AutoScalingGroupARN: 'arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:u:autoScalingGroupName/nodes',
        MixedInstancesPolicy: {
          LaunchTemplate: {
            LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1', Version: '$Latest' },
            Overrides: [{ InstanceType: 'm5.large', LaunchTemplateSpecification: { LaunchTemplateName: 'arm', Version: '4' } }],
          },
        },
        LaunchConfigurationName: 'legacy',
        Instances: [{ InstanceId: 'i-1', AvailabilityZone: 'eu-west-1a', LifecycleState: 'InService', HealthStatus: 'Healthy', ProtectedFromScaleIn: false }],
        Tags: [{ Key: 'eks:nodegroup-name', Value: 'ng' }],
        MinSize: 0,
        MaxSize: 1,
        DesiredCapacity: 1,
        DefaultCooldown: 300,
        AvailabilityZones: [],
        HealthCheckType: 'EC2',
        CreatedTime: new Date(0),
      },
      place,
    );
    assert.deepEqual(group, {
      arn: 'arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:u:autoScalingGroupName/nodes',
      ...place,
      name: 'nodes',
      mixedInstancesLaunchTemplate: { id: 'lt-1', version: '$Latest' },
      launchTemplateOverrides: [{ name: 'arm', version: '4' }],
      launchConfigurationName: 'legacy',
      instanceIds: ['i-1'],
      tags: { 'eks:nodegroup-name': 'ng' },
    });
    assert.deepEqual(launchTemplateRefsOf([group]), [{ id: 'lt-1', version: '$Latest' }, { name: 'arm', version: '4' }]);
    assert.deepEqual(
      launchConfigurationFrom(
        {
          LaunchConfigurationName: 'legacy',
          LaunchConfigurationARN: 'arn:lc',
          ImageId: 'ami-1',
          IamInstanceProfile: 'ecsInstanceRole',
          MetadataOptions: { HttpTokens: 'optional' },
          InstanceType: 't3.micro',
          CreatedTime: new Date(0),
        },
        place,
      ),
      { arn: 'arn:lc', ...place, name: 'legacy', imageId: 'ami-1', instanceProfile: 'ecsInstanceRole', metadataOptions: { httpTokens: 'optional' } },
    );
  });
});

describe('EC2 and Auto Scaling answers with optional fields missing', () => {
  test('an instance without MetadataOptions, IamInstanceProfile, tags or addresses is kept', () => {
    const instance = instanceFrom({ InstanceId: 'i-0abc' }, place);
    assert.deepEqual(instance, {
      arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc',
      ...place,
      instanceId: 'i-0abc',
      state: '',
      metadataOptions: {},
      hasPublicIp: false,
      tags: {},
    });
    assert.deepEqual(ec2InstanceSchema.parse(instance), instance);
  });

  test('without its id an instance or launch template has no ARN (the collector skips it)', () => {
    assert.equal(instanceFrom({ State: { Name: 'running' } }, place).arn, '');
    assert.equal(launchTemplateFrom({ LaunchTemplateName: 'web' }, [], place).arn, '');
  });

  test('a launch template without versions or tags, a group and a configuration with only their ARNs', () => {
    const template = launchTemplateFrom({ LaunchTemplateId: 'lt-1' }, [], place);
    assert.deepEqual(launchTemplateSchema.parse(template), template);
    assert.deepEqual(template.versions, []);
    const groupArn = 'arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:uuid:autoScalingGroupName/ecs-nodes';
    const group = autoScalingGroupFrom({ AutoScalingGroupARN: groupArn } as never, place);
    assert.deepEqual(group, { arn: groupArn, ...place, name: 'ecs-nodes', launchTemplateOverrides: [], instanceIds: [], tags: {} });
    assert.deepEqual(autoScalingGroupSchema.parse(group), group);
    const configArn = 'arn:aws:autoscaling:eu-west-1:111122223333:launchConfiguration:uuid:launchConfigurationName/legacy';
    const config = launchConfigurationFrom({ LaunchConfigurationARN: configArn } as never, place);
    assert.deepEqual(config, { arn: configArn, ...place, name: 'legacy' });
    assert.deepEqual(launchConfigurationSchema.parse(config), config);
  });
});
