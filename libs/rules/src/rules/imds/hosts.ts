import type { AccountInventory, Ec2Instance, EcsTaskDefinition, UserDataFacts } from '@rolecall/model';

/** Instances that are EKS nodes: EKS tags, or members of a node group's Auto Scaling group. */
export function podHosts(inventory: AccountInventory): Set<string> {
  const groupNames = new Set(inventory.eks.nodegroups.flatMap((nodegroup) => nodegroup.autoScalingGroupNames));
  const inGroups = inventory.ec2.autoScalingGroups.filter((group) => groupNames.has(group.name)).flatMap((group) => group.instanceIds);
  const tagged = inventory.ec2.instances
    .filter((instance) => Object.keys(instance.tags).some((key) => key === 'eks:cluster-name' || key.startsWith('kubernetes.io/cluster/')))
    .map((instance) => instance.instanceId);
  return new Set([...inGroups, ...tagged]);
}

/** Linux tasks on EC2 default to bridge networking. */
export function networkModeOf(definition: EcsTaskDefinition): string {
  return definition.networkMode ?? 'bridge';
}

/** Each task definition with the EC2 instances its running tasks are placed on. */
export function taskPlacements(inventory: AccountInventory): Map<EcsTaskDefinition, Ec2Instance[]> {
  const instanceOf = new Map(inventory.ecs.containerInstances.map((ci) => [ci.arn, inventory.ec2.instances.find((i) => i.instanceId === ci.ec2InstanceId)]));
  const placements = new Map<EcsTaskDefinition, Ec2Instance[]>();
  for (const task of inventory.ecs.tasks) {
    const instance = task.containerInstanceArn === undefined ? undefined : instanceOf.get(task.containerInstanceArn);
    const definition = inventory.ecs.taskDefinitions.find((candidate) => candidate.arn === task.taskDefinitionArn);
    if (instance === undefined || definition === undefined) continue;
    const hosts = placements.get(definition) ?? [];
    if (!hosts.includes(instance)) hosts.push(instance);
    placements.set(definition, hosts);
  }
  return placements;
}

/** The ECS agent settings of an instance: its launch template version's user data, else its group's launch configuration's. */
export function instanceUserData(inventory: AccountInventory, instance: Ec2Instance): UserDataFacts | undefined {
  const ref = instance.launchTemplate;
  if (ref !== undefined) {
    const template = inventory.ec2.launchTemplates.find((candidate) => candidate.launchTemplateId === ref.id);
    const number = ref.version === undefined ? template?.defaultVersionNumber : Number(ref.version);
    return template?.versions.find((version) => version.versionNumber === number)?.userData;
  }
  const group = inventory.ec2.autoScalingGroups.find((candidate) => candidate.instanceIds.includes(instance.instanceId));
  return inventory.ec2.launchConfigurations.find((config) => config.name === group?.launchConfigurationName)?.userData;
}
