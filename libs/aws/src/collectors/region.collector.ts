import type { Ec2Inventory, EcsInventory, EksInventory, LaunchTemplateRef } from '@rolecall/model';
import type { Collection } from '../collection';
import { launchTemplateRefsOf } from '../transforms/autoscaling.transform';
import { collectAutoScaling } from './autoscaling.collector';
import { collectEc2 } from './ec2.collector';
import { collectEcs } from './ecs.collector';
import { collectEks } from './eks.collector';
import { collectLaunchTemplates } from './launch-templates.collector';

export interface RegionInventory {
  ecs: EcsInventory;
  ec2: Ec2Inventory;
  eks: EksInventory;
}

/**
 * One region: ECS, EKS, EC2 and Auto Scaling side by side, then the launch template versions
 * that instances, groups and node groups use (known only once those are read).
 */
export async function collectRegion(collection: Collection, region: string): Promise<RegionInventory> {
  const [ecs, eks, ec2, autoScaling] = await Promise.all([
    collectEcs(collection, region),
    collectEks(collection, region),
    collectEc2(collection, region),
    collectAutoScaling(collection, region),
  ]);
  const refs: LaunchTemplateRef[] = [
    ...ec2.instances.flatMap((instance) => instance.launchTemplate ?? []),
    ...launchTemplateRefsOf(autoScaling.autoScalingGroups),
    ...eks.nodegroups.flatMap((nodegroup) => nodegroup.launchTemplate ?? []),
  ];
  const place = { accountId: collection.accountId, region };
  const launchTemplates = await collectLaunchTemplates(collection, place, ec2.launchTemplates, refs);
  return {
    ecs,
    eks,
    ec2: {
      instances: ec2.instances,
      launchTemplates,
      autoScalingGroups: autoScaling.autoScalingGroups,
      launchConfigurations: autoScaling.launchConfigurations,
      metadataDefaults: ec2.metadataDefaults,
    },
  };
}

export function emptyRegionInventory(): RegionInventory {
  return {
    ecs: { clusters: [], services: [], tasks: [], taskDefinitions: [], containerInstances: [] },
    ec2: { instances: [], launchTemplates: [], autoScalingGroups: [], launchConfigurations: [], metadataDefaults: [] },
    eks: { clusters: [], nodegroups: [], fargateProfiles: [], podIdentityAssociations: [], accessEntries: [], serviceAccounts: [], pods: [], awsAuth: [], clusterRoleBindings: [] },
  };
}

/** Concatenates per-region inventories, list by list, in region order. */
export function mergeRegions(regions: readonly RegionInventory[]): RegionInventory {
  const merged = emptyRegionInventory();
  for (const region of regions) {
    for (const section of ['ecs', 'ec2', 'eks'] as const) {
      const lists = merged[section] as Record<string, unknown[]>;
      for (const [key, items] of Object.entries(region[section])) lists[key].push(...items);
    }
  }
  return merged;
}
