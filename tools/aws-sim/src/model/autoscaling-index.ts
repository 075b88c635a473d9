import type { WorldAutoScaling, WorldAutoScalingGroup, WorldLaunchConfiguration } from '../world/autoscaling.schema';

/** One account's Auto Scaling groups and launch configurations in one region. */
export class AutoScalingIndex {
  readonly groups: WorldAutoScalingGroup[];
  readonly launchConfigurations: WorldLaunchConfiguration[];
  private readonly groupByName: Map<string, WorldAutoScalingGroup>;
  private readonly configByName: Map<string, WorldLaunchConfiguration>;

  constructor(data: WorldAutoScaling) {
    this.groups = data.autoScalingGroups;
    this.launchConfigurations = data.launchConfigurations;
    this.groupByName = new Map(this.groups.map((group) => [group.AutoScalingGroupName, group]));
    this.configByName = new Map(this.launchConfigurations.map((config) => [config.LaunchConfigurationName, config]));
  }

  findGroup(name: string): WorldAutoScalingGroup | undefined {
    return this.groupByName.get(name);
  }

  findLaunchConfiguration(name: string): WorldLaunchConfiguration | undefined {
    return this.configByName.get(name);
  }
}
