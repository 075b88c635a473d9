import type { Ec2Instance, EcsTaskDefinition, UserDataFacts } from '@rolecall/model';
import type { Rule } from '../../engine/rule';
import { TASK_DEFINITION_TYPE, taskDefinitionRef } from '../containers/task-definition-ref';
import { instanceUserData, networkModeOf, taskPlacements } from './hosts';
import { imdsExposure } from './imds-facts';
import { READS, reads } from '../../engine/reads';

/** Whether containers of this network mode reach IMDS on this host, and why not when they do not. */
function reachesImds(mode: string, instance: Ec2Instance, agent: UserDataFacts | undefined): boolean {
  const options = instance.metadataOptions;
  if (options.httpEndpoint === 'disabled') return false;
  if (mode === 'awsvpc') return agent?.ecsAwsvpcBlockImds !== true;
  if (mode === 'bridge') {
    const tokensStopAtBridge = options.httpTokens === 'required' && (options.httpPutResponseHopLimit ?? 1) <= 1;
    return agent?.iptablesBlocksImds !== true && !tokensStopAtBridge;
  }
  return mode === 'host';
}

export const taskReachesInstanceRoleRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.reaches-instance-role',
    title: 'ECS task can reach the instance role through IMDS',
    severity: 'medium',
    resourceType: TASK_DEFINITION_TYPE,
    description:
      'Tasks of this definition run on EC2 container instances where their network mode reaches the instance ' +
      'metadata service: host networking, bridge without an iptables block (or hop limit 1 with IMDSv2), awsvpc ' +
      'without ECS_AWSVPC_BLOCK_IMDS. Severity rises with what the instance role can do.',
    risk: 'The containers can take the container instance role, whatever their task role is: the instance role becomes part of every task.',
    remediation:
      'Set ECS_AWSVPC_BLOCK_IMDS=true for awsvpc tasks, add the iptables rule dropping docker0 traffic to ' +
      '169.254.169.254 (or require IMDSv2 with hop limit 1) for bridge tasks, and avoid host networking.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-iam-roles.html#security-iam-roles-recommendations'],
    compliance: [],
    reads: { needs: reads(READS.taskDefinitions, READS.ecsTasks, READS.ecsContainerInstances, READS.instances, READS.launchTemplates, READS.autoScalingGroups, READS.launchConfigurations), enriches: READS.roles, concludesFromAbsence: true },
  },
  evaluate(context) {
    const { inventory } = context;
    return [...taskPlacements(inventory)].flatMap(([definition, hosts]) => reachableHits(context, definition, hosts));
  },
};

function reachableHits(context: Parameters<Rule['evaluate']>[0], definition: EcsTaskDefinition, hosts: Ec2Instance[]) {
  const { inventory } = context;
  const mode = networkModeOf(definition);
  const reaching = hosts.filter((host) => reachesImds(mode, host, instanceUserData(inventory, host)));
  const byProfile = new Map<string, Ec2Instance[]>();
  for (const host of reaching) {
    if (host.instanceProfileArn === undefined) continue;
    byProfile.set(host.instanceProfileArn, [...(byProfile.get(host.instanceProfileArn) ?? []), host]);
  }
  return [...byProfile].map(([profile, instances]) => {
    const exposure = imdsExposure(context, profile, 'medium');
    return {
      region: definition.region,
      resource: taskDefinitionRef(definition),
      key: profile,
      severity: exposure.severity,
      message: `Tasks of ${definition.family}:${definition.revision} (${mode} network) can reach ${exposure.roleArn ?? profile} through IMDS.`,
      evidence: { networkMode: mode, instances: instances.map((instance) => instance.instanceId), ...exposure.evidence },
      relatedResources: [...instances.map((instance) => instance.arn), ...(exposure.roleArn ? [exposure.roleArn] : [])],
    };
  });
}
