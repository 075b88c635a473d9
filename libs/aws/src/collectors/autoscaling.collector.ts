import type { AutoScalingGroup, LaunchConfiguration } from '@rolecall/model';
import { chunk } from '../concurrency';
import { paginate, type Collection } from '../collection';
import { autoScalingGroupFrom, launchConfigurationFrom } from '../transforms/autoscaling.transform';

export interface AutoScalingRegion {
  autoScalingGroups: AutoScalingGroup[];
  launchConfigurations: LaunchConfiguration[];
}

/** Auto Scaling groups in one region, and the launch configurations they use (50 names per call). */
export async function collectAutoScaling(collection: Collection, region: string): Promise<AutoScalingRegion> {
  const place = { accountId: collection.accountId, region };
  const { session } = collection;
  const groups = await collection.attempt(async () => {
    const found = await paginate(async (NextToken) => {
      const page = await session.call('autoscaling', 'DescribeAutoScalingGroups', { NextToken, MaxRecords: 100 }, region);
      return { items: page.AutoScalingGroups, next: page.NextToken };
    });
    return collection.identified('autoscaling group', region, found.map((group) => autoScalingGroupFrom(group, place)));
  });
  const names = [...new Set((groups ?? []).flatMap((group) => group.launchConfigurationName ?? []))];
  const configurations = await Promise.all(
    chunk(names, 50).map((LaunchConfigurationNames) =>
      collection.attempt(async () => {
        const page = await session.call('autoscaling', 'DescribeLaunchConfigurations', { LaunchConfigurationNames }, region);
        const found = (page.LaunchConfigurations ?? []).map((config) => launchConfigurationFrom(config, place));
        return collection.identified('autoscaling launch configuration', region, found);
      }),
    ),
  );
  return { autoScalingGroups: groups ?? [], launchConfigurations: configurations.flatMap((found) => found ?? []) };
}
