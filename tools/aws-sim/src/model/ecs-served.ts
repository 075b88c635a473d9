import { stableDigits } from '../util/stable-id';
import { toWireJson } from '../wire/json-timestamps';
import type { WorldTaskDefinition } from '../world/ecs-task-definition.schema';
import type { WorldCluster, WorldContainerInstance, WorldService, WorldTask } from '../world/ecs.schema';

/** A resource's JSON without tags, and its tags: DescribeX adds tags only when asked (include: ["TAGS"]). */
export interface TaggedJson {
  json: string;
  tags: { key: string; value: string }[];
}

export function withTags(resource: TaggedJson, includeTags: boolean): string {
  if (!includeTags) return resource.json;
  return `${resource.json.slice(0, -1)},"tags":${JSON.stringify(resource.tags)}}`;
}

export function clusterJson(cluster: WorldCluster, arn: string): TaggedJson {
  const running = cluster.tasks.filter((task) => task.lastStatus === 'RUNNING').length;
  const pending = cluster.tasks.filter((task) => task.lastStatus === 'PENDING').length;
  const wire = {
    ...(toWireJson(cluster, ['services', 'containerInstances', 'tasks', 'tags']) as object),
    clusterArn: arn,
    registeredContainerInstancesCount: cluster.containerInstances.length,
    runningTasksCount: running,
    pendingTasksCount: pending,
    activeServicesCount: cluster.services.filter((service) => service.status === 'ACTIVE').length,
    statistics: [],
  };
  return { json: JSON.stringify(wire), tags: cluster.tags };
}

export function serviceJson(service: WorldService, arn: string, clusterArn: string, taskDefinitionArn: string): TaggedJson {
  const wire = {
    ...(toWireJson(service, ['tags']) as object),
    serviceArn: arn,
    clusterArn,
    taskDefinition: taskDefinitionArn,
    deployments: [
      {
        id: `ecs-svc/${stableDigits(19, arn)}`,
        status: 'PRIMARY',
        taskDefinition: taskDefinitionArn,
        desiredCount: service.desiredCount,
        runningCount: service.runningCount,
        pendingCount: service.pendingCount,
        launchType: service.launchType,
        createdAt: Date.parse(service.createdAt) / 1000,
        updatedAt: Date.parse(service.createdAt) / 1000,
        rolloutState: 'COMPLETED',
      },
    ],
    events: [],
    propagateTags: 'NONE',
    enableECSManagedTags: false,
  };
  return { json: JSON.stringify(wire), tags: service.tags };
}

export function containerInstanceJson(instance: WorldContainerInstance, runningTasks: number): TaggedJson {
  const wire = {
    ...(toWireJson(instance, ['tags']) as object),
    runningTasksCount: instance.runningTasksCount ?? runningTasks,
    version: 1,
  };
  return { json: JSON.stringify(wire), tags: instance.tags };
}

export function taskJson(task: WorldTask, clusterArn: string): TaggedJson {
  const wire = {
    ...(toWireJson(task, ['tags']) as object),
    clusterArn,
    overrides: toWireJson(task.overrides ?? { containerOverrides: [] }),
    containers: task.containers.map((container) => ({ ...container, taskArn: task.taskArn })),
    version: 1,
  };
  return { json: JSON.stringify(wire), tags: task.tags };
}

export function taskDefinitionJson(definition: WorldTaskDefinition, arn: string): TaggedJson {
  const wire = {
    ...(toWireJson(definition, ['tags']) as object),
    taskDefinitionArn: arn,
    compatibilities: definition.compatibilities ?? definition.requiresCompatibilities ?? ['EC2'],
  };
  return { json: JSON.stringify(wire), tags: definition.tags };
}
