import type {
  AutoScalingGroup as SdkGroup,
  LaunchConfiguration as SdkLaunchConfiguration,
  LaunchTemplateSpecification,
} from '@aws-sdk/client-auto-scaling';
import type { AutoScalingGroup, LaunchConfiguration, LaunchTemplateRef } from '@rolecall/model';
import { metadataOptionsFrom } from './ec2.transform';
import type { Place } from './ecs.transform';
import { compact, nameFromArn, tagsFrom } from './shared';
import { userDataFacts } from './user-data';

function templateRef(spec: LaunchTemplateSpecification | undefined): LaunchTemplateRef | undefined {
  if (!spec) return undefined;
  return compact({ id: spec.LaunchTemplateId, name: spec.LaunchTemplateName, version: spec.Version });
}

export function autoScalingGroupFrom(group: SdkGroup, place: Place): AutoScalingGroup {
  const mixed = group.MixedInstancesPolicy?.LaunchTemplate;
  const arn = group.AutoScalingGroupARN ?? '';
  return compact({
    arn,
    ...place,
    name: group.AutoScalingGroupName || nameFromArn(arn),
    launchTemplate: templateRef(group.LaunchTemplate),
    mixedInstancesLaunchTemplate: templateRef(mixed?.LaunchTemplateSpecification),
    launchTemplateOverrides: (mixed?.Overrides ?? []).flatMap((override) => templateRef(override.LaunchTemplateSpecification) ?? []),
    launchConfigurationName: group.LaunchConfigurationName,
    instanceIds: (group.Instances ?? []).flatMap((instance) => instance.InstanceId ?? []),
    tags: tagsFrom(group.Tags),
  });
}

export function launchConfigurationFrom(config: SdkLaunchConfiguration, place: Place): LaunchConfiguration {
  const arn = config.LaunchConfigurationARN ?? '';
  return compact({
    arn,
    ...place,
    name: config.LaunchConfigurationName || nameFromArn(arn),
    imageId: config.ImageId,
    instanceProfile: config.IamInstanceProfile,
    metadataOptions: metadataOptionsFrom(config.MetadataOptions),
    userData: userDataFacts(config.UserData),
  });
}

/** Every launch template reference of the groups (direct, mixed instances policy, overrides). */
export function launchTemplateRefsOf(groups: readonly AutoScalingGroup[]): LaunchTemplateRef[] {
  return groups.flatMap((group) => [
    ...(group.launchTemplate ? [group.launchTemplate] : []),
    ...(group.mixedInstancesLaunchTemplate ? [group.mixedInstancesLaunchTemplate] : []),
    ...group.launchTemplateOverrides,
  ]);
}
