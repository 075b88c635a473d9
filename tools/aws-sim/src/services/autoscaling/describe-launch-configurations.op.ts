import { paginate } from '../../paging/page';
import { stableUuid } from '../../util/stable-id';
import type { QueryHandler } from '../service';

/** Launch configurations by name, paged by MaxRecords (default 50, at most 100). */
export const describeLaunchConfigurations: QueryHandler = ({ sim, account, region }, input) => {
  const index = account.region(region).autoscaling();
  const names = input.list('LaunchConfigurationNames');
  const selected = names.length > 0 ? index.launchConfigurations.filter((config) => names.includes(config.LaunchConfigurationName)) : index.launchConfigurations;
  const page = paginate(selected, {
    tokens: sim.pageTokens,
    scope: `autoscaling:DescribeLaunchConfigurations:${account.id}:${region}:${JSON.stringify(names)}`,
    service: 'autoscaling',
    token: input.string('NextToken'),
    requested: input.int('MaxRecords'),
    defaultSize: 50,
    maxSize: 100,
    sizeParameter: 'MaxRecords',
  });
  return {
    LaunchConfigurations: page.items.map((config) => ({
      ...config,
      LaunchConfigurationARN:
        config.LaunchConfigurationARN ??
        `arn:aws:autoscaling:${region}:${account.id}:launchConfiguration:${stableUuid(account.id, region, config.LaunchConfigurationName)}:launchConfigurationName/${config.LaunchConfigurationName}`,
      ClassicLinkVPCSecurityGroups: [],
      BlockDeviceMappings: [],
      InstanceMonitoring: { Enabled: true },
      EbsOptimized: false,
    })),
    NextToken: page.nextToken,
  };
};
