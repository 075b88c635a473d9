import type { Cluster, ContainerInstance, Service, Task } from '@aws-sdk/client-ecs';
import type { EcsCluster, EcsContainerInstance, EcsService, EcsTask } from '@rolecall/model';
import { compact, nameFromArn, strings, tagsFrom } from './shared';

export interface Place {
  accountId: string;
  region: string;
}

export function clusterFrom(cluster: Cluster, place: Place): EcsCluster {
  const arn = cluster.clusterArn ?? '';
  return compact({
    arn,
    ...place,
    name: cluster.clusterName || nameFromArn(arn),
    status: cluster.status ?? '',
    containerInsights: cluster.settings?.find((setting) => setting.name === 'containerInsights')?.value,
    executeCommandLogging: cluster.configuration?.executeCommandConfiguration?.logging,
    capacityProviders: strings(cluster.capacityProviders),
    tags: tagsFrom(cluster.tags),
  });
}

export function serviceFrom(service: Service, place: Place): EcsService {
  const awsvpc = service.networkConfiguration?.awsvpcConfiguration;
  const arn = service.serviceArn ?? '';
  return compact({
    arn,
    ...place,
    name: service.serviceName || nameFromArn(arn),
    clusterArn: service.clusterArn ?? '',
    status: service.status ?? '',
    taskDefinitionArn: service.taskDefinition ?? '',
    deploymentTaskDefinitionArns: [
      ...new Set((service.deployments ?? []).flatMap((deployment) => deployment.taskDefinition ?? [])),
    ],
    launchType: service.launchType,
    capacityProviders: strings((service.capacityProviderStrategy ?? []).map((item) => item.capacityProvider)),
    platformVersion: service.platformVersion,
    roleArn: service.roleArn,
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    enableExecuteCommand: service.enableExecuteCommand ?? false,
    network: awsvpc
      ? {
          subnets: strings(awsvpc.subnets),
          securityGroups: strings(awsvpc.securityGroups),
          assignPublicIp: awsvpc.assignPublicIp === 'ENABLED',
        }
      : undefined,
    tags: tagsFrom(service.tags),
  });
}

export function taskFrom(task: Task, place: Place): EcsTask {
  return compact({
    arn: task.taskArn ?? '',
    ...place,
    clusterArn: task.clusterArn ?? '',
    taskDefinitionArn: task.taskDefinitionArn ?? '',
    lastStatus: task.lastStatus ?? '',
    launchType: task.launchType,
    containerInstanceArn: task.containerInstanceArn,
    group: task.group,
    enableExecuteCommand: task.enableExecuteCommand ?? false,
  });
}

export function containerInstanceFrom(instance: ContainerInstance, clusterArn: string, place: Place): EcsContainerInstance {
  return compact({
    arn: instance.containerInstanceArn ?? '',
    ...place,
    clusterArn,
    ec2InstanceId: instance.ec2InstanceId,
    status: instance.status ?? '',
    agentConnected: instance.agentConnected ?? false,
    agentVersion: instance.versionInfo?.agentVersion,
  });
}
