import type {
  Instance,
  LaunchTemplate as SdkLaunchTemplate,
  LaunchTemplateVersion as SdkLaunchTemplateVersion,
} from '@aws-sdk/client-ec2';
import type { Ec2Instance, LaunchTemplate, LaunchTemplateVersion, MetadataOptions } from '@rolecall/model';
import type { Place } from './ecs.transform';
import { compact, partitionOf, tagsFrom } from './shared';
import { userDataFacts } from './user-data';

/** IMDS settings in any of EC2's shapes (instance, launch template data, account defaults). */
export interface SdkMetadataOptions {
  HttpTokens?: string;
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: string;
  InstanceMetadataTags?: string;
  State?: string;
}

export function metadataOptionsFrom(options: SdkMetadataOptions | undefined): MetadataOptions | undefined {
  if (!options) return undefined;
  return compact({
    httpTokens: options.HttpTokens,
    httpPutResponseHopLimit: options.HttpPutResponseHopLimit,
    httpEndpoint: options.HttpEndpoint,
    instanceMetadataTags: options.InstanceMetadataTags,
    state: options.State,
  });
}

/** An instance; the ARN is built from its id ('' without one: see Collection.identified). */
export function instanceFrom(instance: Instance, place: Place): Ec2Instance {
  const tags = tagsFrom(instance.Tags);
  const instanceId = instance.InstanceId ?? '';
  const launchTemplateId = tags['aws:ec2launchtemplate:id'];
  return compact({
    arn: instanceId && `arn:${partitionOf(place.region)}:ec2:${place.region}:${place.accountId}:instance/${instanceId}`,
    ...place,
    instanceId,
    state: instance.State?.Name ?? '',
    imageId: instance.ImageId,
    instanceProfileArn: instance.IamInstanceProfile?.Arn,
    metadataOptions: metadataOptionsFrom(instance.MetadataOptions) ?? {},
    launchTemplate: launchTemplateId
      ? compact({ id: launchTemplateId, version: tags['aws:ec2launchtemplate:version'] })
      : undefined,
    vpcId: instance.VpcId,
    subnetId: instance.SubnetId,
    hasPublicIp: Boolean(instance.PublicIpAddress),
    tags,
  });
}

export function launchTemplateVersionFrom(version: SdkLaunchTemplateVersion): LaunchTemplateVersion {
  const data = version.LaunchTemplateData;
  const profile = data?.IamInstanceProfile;
  return compact({
    versionNumber: version.VersionNumber ?? 0,
    isDefault: version.DefaultVersion ?? false,
    imageId: data?.ImageId,
    metadataOptions: metadataOptionsFrom(data?.MetadataOptions),
    instanceProfile: profile ? compact({ arn: profile.Arn, name: profile.Name }) : undefined,
    userData: userDataFacts(data?.UserData),
  });
}

export function launchTemplateFrom(
  template: SdkLaunchTemplate,
  versions: LaunchTemplateVersion[],
  place: Place,
): LaunchTemplate {
  const launchTemplateId = template.LaunchTemplateId ?? '';
  return {
    arn: launchTemplateId && `arn:${partitionOf(place.region)}:ec2:${place.region}:${place.accountId}:launch-template/${launchTemplateId}`,
    ...place,
    launchTemplateId,
    name: template.LaunchTemplateName ?? '',
    defaultVersionNumber: template.DefaultVersionNumber ?? 0,
    latestVersionNumber: template.LatestVersionNumber ?? 0,
    versions: [...versions].sort((a, b) => a.versionNumber - b.versionNumber),
    tags: tagsFrom(template.Tags),
  };
}
