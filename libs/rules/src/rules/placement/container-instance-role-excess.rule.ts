import type { AccountInventory } from '@rolecall/model';
import type { Rule } from '../../engine/rule';
import { presentDocuments } from './baseline';
import { excessPermissionsHit } from './excess-permissions';
import { ROLE_TYPE, isServiceLinked, roleOfInstanceProfile } from './role-facts';
import { READS, reads } from '../../engine/reads';

const BASELINE = 'AmazonEC2ContainerServiceforEC2Role';
const TOLERATED = ['AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy'];

/** Instance profiles of registered container instances and of launch templates / configurations that join a cluster. */
function containerInstanceProfiles(inventory: AccountInventory): string[] {
  const registered = new Set(inventory.ecs.containerInstances.flatMap((instance) => instance.ec2InstanceId ?? []));
  return [
    ...inventory.ec2.instances.filter((instance) => registered.has(instance.instanceId)).flatMap((instance) => instance.instanceProfileArn ?? []),
    ...inventory.ec2.launchTemplates.flatMap((template) =>
      template.versions.filter((version) => version.userData?.ecsCluster !== undefined).flatMap((version) => version.instanceProfile?.arn ?? version.instanceProfile?.name ?? []),
    ),
    ...inventory.ec2.launchConfigurations.filter((config) => config.userData?.ecsCluster !== undefined).flatMap((config) => config.instanceProfile ?? []),
  ];
}

export const containerInstanceRoleExcessRule: Rule = {
  metadata: {
    id: 'iam.role.container-instance-role-excess-permissions',
    title: 'ECS container instance role grants more than its baseline',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description:
      'The instance role of ECS container instances grants more than AmazonEC2ContainerServiceforEC2Role ' +
      '(AmazonSSMManagedInstanceCore and CloudWatchAgentServerPolicy tolerated), compared with the live managed policies.',
    risk:
      'Every task on the instance that can reach IMDS (no task role, bridge or host networking without a block) ' +
      'inherits the instance role: application permissions there are shared with every container on the host.',
    remediation:
      'Keep only AmazonEC2ContainerServiceforEC2Role (plus SSM core / CloudWatch agent if used) on the instance role; ' +
      'move application permissions to task roles.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.ecsContainerInstances, READS.instances, READS.launchTemplates, READS.autoScalingGroups, READS.launchConfigurations), enriches: [] },
  },
  evaluate(context) {
    const { inventory } = context;
    const required = presentDocuments(inventory, [BASELINE]);
    if (required.length === 0) return [];
    const tolerated = TOLERATED.filter((name) => presentDocuments(inventory, [name]).length > 0);
    const roles = new Set(containerInstanceProfiles(inventory).flatMap((profile) => roleOfInstanceProfile(inventory, profile) ?? []));
    return [...roles]
      .filter((role) => !isServiceLinked(role))
      .flatMap((role) =>
        excessPermissionsHit(
          context,
          {
            role,
            usage: 'Container instance role',
            baseline: [...required, ...presentDocuments(inventory, tolerated)],
            baselineNames: [BASELINE, ...tolerated],
            relatedResources: role.instanceProfiles.map((profile) => profile.arn),
          },
          'medium',
        ),
      );
  },
};
