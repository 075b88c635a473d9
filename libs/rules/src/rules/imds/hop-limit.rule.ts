import type { Rule } from '../../engine/rule';
import { podHosts, networkModeOf, taskPlacements } from './hosts';
import { imdsExposure, optionsEvidence } from './imds-facts';
import { READS, reads } from '../../engine/reads';

export const hopLimitRule: Rule = {
  metadata: {
    id: 'ec2.instance.imds-hop-limit-above-one',
    title: 'IMDS hop limit above 1 on a container host',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
    description:
      'An EKS node, or an ECS container instance running bridge-mode tasks, sets HttpPutResponseHopLimit above 1, ' +
      'so containers behind a network bridge can obtain IMDSv2 tokens and the instance role.',
    risk: 'Every pod or bridge-mode task on the host can read the node or instance role credentials, whatever its own role is.',
    remediation:
      'Set HttpPutResponseHopLimit to 1 (modify-instance-metadata-options and the launch template); give workloads ' +
      'their own roles through Pod Identity / IRSA or ECS task roles.',
    references: ['https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html#_restrict_access_to_the_instance_profile_assigned_to_the_worker_node'],
    compliance: [],
    reads: { needs: reads(READS.instances, READS.nodegroups, READS.autoScalingGroups, READS.ecsTasks, READS.ecsContainerInstances, READS.taskDefinitions), enriches: READS.roles },
  },
  evaluate(context) {
    const { inventory } = context;
    const pods = podHosts(inventory);
    const bridge = new Set(
      [...taskPlacements(inventory)].filter(([definition]) => networkModeOf(definition) === 'bridge').flatMap(([, hosts]) => hosts.map((host) => host.instanceId)),
    );
    return inventory.ec2.instances.flatMap((instance) => {
      const hopLimit = instance.metadataOptions.httpPutResponseHopLimit;
      const hosts = pods.has(instance.instanceId) ? 'pods' : bridge.has(instance.instanceId) ? 'bridge-mode tasks' : undefined;
      if (hopLimit === undefined || hopLimit <= 1 || hosts === undefined || instance.metadataOptions.httpEndpoint === 'disabled') return [];
      const exposure = imdsExposure(context, instance.instanceProfileArn, 'medium');
      return [
        {
          region: instance.region,
          resource: { arn: instance.arn, type: 'AWS::EC2::Instance', name: instance.instanceId },
          severity: exposure.severity,
          message: `Instance ${instance.instanceId} hosts ${hosts} with an IMDS hop limit of ${hopLimit}${exposure.roleArn ? `; they can obtain ${exposure.roleArn}` : ''}.`,
          evidence: { hosts, ...optionsEvidence(instance.metadataOptions), ...exposure.evidence },
          relatedResources: exposure.roleArn ? [exposure.roleArn] : [],
        },
      ];
    });
  },
};
