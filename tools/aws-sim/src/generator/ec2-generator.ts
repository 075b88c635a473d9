import type { AccountBuilder } from './account-builder';
import type { AutoScalingGroupInput, InstanceInput, LaunchTemplateInput } from './generator-types';

export interface NodeFleet {
  name: string;
  region: string;
  instanceProfileArn: string;
  count: number;
  /** IMDS settings: IMDSv1 allowed and/or a hop limit above 1. */
  imdsV1: boolean;
  hopLimit: number;
  userData?: string;
  tags: Record<string, string>;
}

export interface Fleet {
  launchTemplate: LaunchTemplateInput;
  instanceIds: string[];
}

/** A launch template (1-2 versions), an Auto Scaling group using it and its running instances. */
export function addFleet(account: AccountBuilder, fleet: NodeFleet): Fleet {
  const { ctx } = account;
  const regional = account.region(fleet.region);
  const metadata = { HttpTokens: fleet.imdsV1 ? 'optional' : 'required', HttpPutResponseHopLimit: fleet.hopLimit } as const;
  const versions: LaunchTemplateInput['Versions'] = [
    { VersionNumber: 1, CreateTime: ctx.date(), LaunchTemplateData: { ImageId: `ami-0${ctx.hex(16)}`, InstanceType: 'm6i.large', IamInstanceProfile: { Arn: fleet.instanceProfileArn }, MetadataOptions: metadata, UserData: fleet.userData } },
  ];
  if (ctx.chance(0.3)) {
    versions.push({ VersionNumber: 2, CreateTime: ctx.date(400), LaunchTemplateData: { ...versions[0].LaunchTemplateData, MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 } } });
  }
  const launchTemplate: LaunchTemplateInput = { LaunchTemplateId: `lt-0${ctx.hex(16)}`, LaunchTemplateName: fleet.name, CreateTime: versions[0].CreateTime, Versions: versions };
  const version = String(versions.length > 1 && ctx.chance(0.5) ? 2 : 1);
  const az = `${fleet.region}${ctx.pick(['a', 'b', 'c'])}`;
  const instances: InstanceInput[] = Array.from({ length: fleet.count }, () => ({
    InstanceId: ctx.instanceId(),
    ImageId: versions[0].LaunchTemplateData.ImageId ?? 'ami-0',
    InstanceType: 'm6i.large',
    LaunchTime: ctx.date(300),
    Placement: { AvailabilityZone: az },
    IamInstanceProfile: { Arn: fleet.instanceProfileArn },
    MetadataOptions: version === '2' ? { HttpTokens: 'required', HttpPutResponseHopLimit: 1 } : metadata,
    Tags: Object.entries({ ...fleet.tags, 'aws:ec2launchtemplate:id': launchTemplate.LaunchTemplateId, 'aws:ec2launchtemplate:version': version, 'aws:autoscaling:groupName': fleet.name }).map(([Key, Value]) => ({ Key, Value })),
  }));
  const group: AutoScalingGroupInput = {
    AutoScalingGroupName: fleet.name,
    LaunchTemplate: { LaunchTemplateId: launchTemplate.LaunchTemplateId, LaunchTemplateName: fleet.name, Version: version === '1' ? '$Default' : '2' },
    MinSize: 0,
    MaxSize: fleet.count + 2,
    DesiredCapacity: fleet.count,
    AvailabilityZones: [az],
    CreatedTime: launchTemplate.CreateTime,
    Instances: instances.map((instance) => ({ InstanceId: instance.InstanceId, AvailabilityZone: az, InstanceType: 'm6i.large' })),
  };
  regional.ec2 = { ...regional.ec2, instances: [...(regional.ec2?.instances ?? []), ...instances], launchTemplates: [...(regional.ec2?.launchTemplates ?? []), launchTemplate] };
  regional.autoscaling = { ...regional.autoscaling, autoScalingGroups: [...(regional.autoscaling?.autoScalingGroups ?? []), group] };
  return { launchTemplate, instanceIds: instances.map((instance) => instance.InstanceId) };
}
