import type { AccountInventory } from '@rolecall/model';
import type { Rule } from '../../engine/rule';
import { HOP_LIMIT_SETTINGS, effectiveOptions, imdsExposure } from './imds-facts';
import { launchTemplateVersionFinding } from './launch-template-finding';
import { launchTemplateVersionsInUse } from './launch-template-versions';
import { READS, reads } from '../../engine/reads';

/** ARNs of EKS node groups and of the Auto Scaling groups behind them. */
function nodeGroupUsers(inventory: AccountInventory): Set<string> {
  const groupNames = new Set(inventory.eks.nodegroups.flatMap((nodegroup) => nodegroup.autoScalingGroupNames));
  return new Set([
    ...inventory.eks.nodegroups.map((nodegroup) => nodegroup.arn),
    ...inventory.ec2.autoScalingGroups.filter((group) => groupNames.has(group.name)).map((group) => group.arn),
  ]);
}

export const launchTemplateHopLimitRule: Rule = {
  metadata: {
    id: 'ec2.launch-template.imds-hop-limit-above-one',
    title: 'EKS node launch template sets an IMDS hop limit above 1',
    severity: 'medium',
    resourceType: 'AWS::EC2::LaunchTemplate',
    description:
      'A launch template version used by an EKS node group (directly or through its Auto Scaling group) sets ' +
      'HttpPutResponseHopLimit above 1, itself or through the account defaults, so every node it launches lets pods reach IMDS.',
    risk: 'Nodes launched from it, including replacements, let every pod obtain IMDSv2 tokens and the node role credentials, whatever its own role is.',
    remediation:
      'Create a version with MetadataOptions HttpPutResponseHopLimit=1 and HttpTokens=required, point the node group at it ' +
      'and roll the nodes; give pods their own roles through Pod Identity or IRSA.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html#_restrict_access_to_the_instance_profile_assigned_to_the_worker_node',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    ],
    compliance: [],
    reads: { needs: reads(READS.launchTemplates, READS.imdsDefaults, READS.autoScalingGroups, READS.nodegroups), enriches: READS.roles },
  },
  evaluate(context) {
    const { inventory } = context;
    const nodeUsers = nodeGroupUsers(inventory);
    return launchTemplateVersionsInUse(inventory).flatMap(({ template, version, users }) => {
      const nodes = users.filter((user) => nodeUsers.has(user));
      const options = effectiveOptions(inventory, template.region, version.metadataOptions, HOP_LIMIT_SETTINGS);
      const hopLimit = options?.httpPutResponseHopLimit;
      if (options === undefined || nodes.length === 0 || hopLimit === undefined || hopLimit <= 1 || options.httpEndpoint === 'disabled') return [];
      const exposure = imdsExposure(context, version.instanceProfile?.arn ?? version.instanceProfile?.name, 'medium');
      const inherits = version.metadataOptions?.httpPutResponseHopLimit === undefined;
      const message = `Launch template ${template.name} version ${version.versionNumber} launches EKS nodes with an IMDS hop limit of ${hopLimit}${exposure.roleArn ? `; pods can obtain ${exposure.roleArn}` : ''}.`;
      return [launchTemplateVersionFinding({ template, version, options, usedBy: nodes, exposure, inherits }, message)];
    });
  },
};
