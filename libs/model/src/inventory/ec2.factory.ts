import type { AutoScalingGroup, LaunchConfiguration } from './autoscaling.schema';
import type { Ec2Instance, InstanceMetadataDefaults, LaunchTemplate, LaunchTemplateVersion } from './ec2.schema';
import { factoryPlace } from './factory-defaults';

export function anInstance(overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  const { accountId, region } = factoryPlace(overrides);
  const instanceId = overrides.instanceId ?? 'i-0123456789abcdef0';
  return {
    arn: `arn:aws:ec2:${region}:${accountId}:instance/${instanceId}`,
    accountId,
    region,
    instanceId,
    state: 'running',
    imageId: 'ami-0123456789abcdef0',
    instanceProfileArn: `arn:aws:iam::${accountId}:instance-profile/ecs-instance`,
    metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled', state: 'applied' },
    hasPublicIp: false,
    tags: {},
    ...overrides,
  };
}

export function aLaunchTemplateVersion(overrides: Partial<LaunchTemplateVersion> = {}): LaunchTemplateVersion {
  return {
    versionNumber: 1,
    isDefault: true,
    imageId: 'ami-0123456789abcdef0',
    metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' },
    ...overrides,
  };
}

export function aLaunchTemplate(overrides: Partial<LaunchTemplate> = {}): LaunchTemplate {
  const { accountId, region } = factoryPlace(overrides);
  const launchTemplateId = overrides.launchTemplateId ?? 'lt-0123456789abcdef0';
  return {
    arn: `arn:aws:ec2:${region}:${accountId}:launch-template/${launchTemplateId}`,
    accountId,
    region,
    launchTemplateId,
    name: 'app-nodes',
    defaultVersionNumber: 1,
    latestVersionNumber: 1,
    versions: [aLaunchTemplateVersion()],
    tags: {},
    ...overrides,
  };
}

export function anAutoScalingGroup(overrides: Partial<AutoScalingGroup> = {}): AutoScalingGroup {
  const { accountId, region } = factoryPlace(overrides);
  const name = overrides.name ?? 'app-nodes';
  return {
    arn: `arn:aws:autoscaling:${region}:${accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${name}`,
    accountId,
    region,
    name,
    launchTemplate: { id: 'lt-0123456789abcdef0', name: 'app-nodes', version: '$Default' },
    launchTemplateOverrides: [],
    instanceIds: [],
    tags: {},
    ...overrides,
  };
}

export function aLaunchConfiguration(overrides: Partial<LaunchConfiguration> = {}): LaunchConfiguration {
  const { accountId, region } = factoryPlace(overrides);
  const name = overrides.name ?? 'app-nodes-lc';
  return {
    arn: `arn:aws:autoscaling:${region}:${accountId}:launchConfiguration:00000000-0000-0000-0000-000000000000:launchConfigurationName/${name}`,
    accountId,
    region,
    name,
    imageId: 'ami-0123456789abcdef0',
    metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' },
    ...overrides,
  };
}

export function metadataDefaults(overrides: Partial<InstanceMetadataDefaults> = {}): InstanceMetadataDefaults {
  return { region: overrides.region ?? 'us-east-1', ...overrides };
}
