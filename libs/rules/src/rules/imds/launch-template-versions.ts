import type { AccountInventory, LaunchTemplate, LaunchTemplateRef, LaunchTemplateVersion } from '@rolecall/model';

export interface VersionInUse {
  template: LaunchTemplate;
  version: LaunchTemplateVersion;
  /** ARNs of what uses it: Auto Scaling groups, node groups, instances. */
  users: string[];
}

function resolve(template: LaunchTemplate, version: string | undefined): number | undefined {
  if (version === undefined || version === '$Default') return template.defaultVersionNumber;
  if (version === '$Latest') return template.latestVersionNumber;
  const number = Number(version);
  return Number.isInteger(number) ? number : undefined;
}

/** Launch template versions referenced by Auto Scaling groups, EKS node groups and instances. */
export function launchTemplateVersionsInUse(inventory: AccountInventory): VersionInUse[] {
  const refs: { ref: LaunchTemplateRef; user: string }[] = [
    ...inventory.ec2.autoScalingGroups.flatMap((group) =>
      [group.launchTemplate, group.mixedInstancesLaunchTemplate, ...group.launchTemplateOverrides].flatMap((ref) => (ref ? [{ ref, user: group.arn }] : [])),
    ),
    ...inventory.eks.nodegroups.flatMap((nodegroup) => (nodegroup.launchTemplate ? [{ ref: nodegroup.launchTemplate, user: nodegroup.arn }] : [])),
    ...inventory.ec2.instances.flatMap((instance) => (instance.launchTemplate ? [{ ref: instance.launchTemplate, user: instance.arn }] : [])),
  ];
  const inUse = new Map<string, VersionInUse>();
  for (const { ref, user } of refs) {
    const template = inventory.ec2.launchTemplates.find(
      (candidate) => (ref.id !== undefined && candidate.launchTemplateId === ref.id) || (ref.id === undefined && candidate.name === ref.name),
    );
    const number = template && resolve(template, ref.version);
    const version = template?.versions.find((candidate) => candidate.versionNumber === number);
    if (template === undefined || version === undefined) continue;
    const key = `${template.arn}#${version.versionNumber}`;
    const entry = inUse.get(key) ?? { template, version, users: [] };
    if (!entry.users.includes(user)) entry.users.push(user);
    inUse.set(key, entry);
  }
  return [...inUse.values()];
}
