import type { Ec2Inventory } from '@rolecall/model';
import { LEGACY_LC_ARN, asgArn } from './prod-account.fixture';
import { ECS_LT, ECS_USER_DATA, EKS_LT, LC_USER_DATA, PROD, UNUSED_LT } from './prod-iam.fixture';

const east = { accountId: PROD, region: 'us-east-1' };
const west = { accountId: PROD, region: 'eu-west-1' };
const templateArn = (region: string, id: string) => `arn:aws:ec2:${region}:${PROD}:launch-template/${id}`;

/** What collecting workloads-prod must find in EC2 and Auto Scaling, exactly, in region order (eu-west-1 first). */
export const PROD_EC2: Ec2Inventory = {
  instances: [
    {
      arn: `arn:aws:ec2:eu-west-1:${PROD}:instance/i-0ccc00000000000c1`,
      ...west,
      instanceId: 'i-0ccc00000000000c1',
      state: 'running',
      imageId: 'ami-0eks000000000001',
      instanceProfileArn: `arn:aws:iam::${PROD}:instance-profile/eks-node`,
      metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled', state: 'applied' },
      launchTemplate: { id: EKS_LT, version: '1' },
      hasPublicIp: false,
      tags: { 'eks:nodegroup-name': 'general', 'aws:ec2launchtemplate:id': EKS_LT, 'aws:ec2launchtemplate:version': '1' },
    },
    {
      arn: `arn:aws:ec2:us-east-1:${PROD}:instance/i-0aaa00000000000a1`,
      ...east,
      instanceId: 'i-0aaa00000000000a1',
      state: 'running',
      imageId: 'ami-0ecs000000000001',
      instanceProfileArn: `arn:aws:iam::${PROD}:instance-profile/ecs-instance`,
      metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled', state: 'applied' },
      launchTemplate: { id: ECS_LT, version: '1' },
      vpcId: 'vpc-0a',
      subnetId: 'subnet-0a',
      hasPublicIp: false,
      tags: { 'aws:ec2launchtemplate:id': ECS_LT, 'aws:ec2launchtemplate:version': '1' },
    },
  ],
  launchTemplates: [
    {
      arn: templateArn('eu-west-1', EKS_LT),
      ...west,
      launchTemplateId: EKS_LT,
      name: 'eks-general',
      defaultVersionNumber: 1,
      latestVersionNumber: 1,
      versions: [{ versionNumber: 1, isDefault: true, metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 } }],
      tags: {},
    },
    {
      arn: templateArn('us-east-1', ECS_LT),
      ...east,
      launchTemplateId: ECS_LT,
      name: 'ecs-nodes',
      defaultVersionNumber: 2,
      latestVersionNumber: 3,
      versions: [
        {
          versionNumber: 1,
          isDefault: false,
          metadataOptions: { httpTokens: 'optional' },
          userData: { sizeBytes: ECS_USER_DATA.length, ecsCluster: 'prod', ecsAwsvpcBlockImds: true, iptablesBlocksImds: false },
        },
        { versionNumber: 2, isDefault: true, metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 } },
        { versionNumber: 3, isDefault: false, metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1 } },
      ],
      tags: {},
    },
    {
      arn: templateArn('us-east-1', UNUSED_LT),
      ...east,
      launchTemplateId: UNUSED_LT,
      name: 'unused',
      defaultVersionNumber: 1,
      latestVersionNumber: 1,
      versions: [{ versionNumber: 1, isDefault: true, imageId: 'ami-1' }],
      tags: {},
    },
  ],
  autoScalingGroups: [
    {
      arn: asgArn('eu-west-1', 'eks-general-asg'),
      ...west,
      name: 'eks-general-asg',
      mixedInstancesLaunchTemplate: { id: EKS_LT, version: '1' },
      launchTemplateOverrides: [],
      instanceIds: ['i-0ccc00000000000c1'],
      tags: {},
    },
    {
      arn: asgArn('us-east-1', 'ecs-nodes'),
      ...east,
      name: 'ecs-nodes',
      launchTemplate: { id: ECS_LT, version: '$Latest' },
      launchTemplateOverrides: [],
      instanceIds: ['i-0aaa00000000000a1'],
      tags: {},
    },
    { arn: asgArn('us-east-1', 'legacy'), ...east, name: 'legacy', launchTemplateOverrides: [], launchConfigurationName: 'legacy-lc', instanceIds: [], tags: {} },
  ],
  launchConfigurations: [
    {
      arn: LEGACY_LC_ARN,
      ...east,
      name: 'legacy-lc',
      imageId: 'ami-legacy',
      instanceProfile: 'ecs-instance',
      metadataOptions: { httpTokens: 'optional' },
      userData: { sizeBytes: LC_USER_DATA.length, iptablesBlocksImds: true },
    },
  ],
  metadataDefaults: [{ region: 'eu-west-1' }, { region: 'us-east-1', httpTokens: 'required', httpPutResponseHopLimit: 2 }, { region: 'us-west-2' }],
};
