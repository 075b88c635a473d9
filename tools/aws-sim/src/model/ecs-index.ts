import { memo } from '../util/memo';
import type { WorldTaskDefinition } from '../world/ecs-task-definition.schema';
import type { WorldCluster, WorldEcs } from '../world/ecs.schema';
import { clusterJson, containerInstanceJson, serviceJson, type TaggedJson, taskDefinitionJson, taskJson } from './ecs-served';

export interface ServedResource<T> {
  arn: string;
  /** The short name or id used in place of the ARN. */
  key: string;
  data: T;
  wire: () => TaggedJson;
}

type Served<K extends 'services' | 'containerInstances' | 'tasks'> = ServedResource<WorldCluster[K][number]>;

/** A cluster with its services, container instances and tasks, each listed in world order and indexed by id/name and ARN. */
export interface ServedCluster extends ServedResource<WorldCluster> {
  services: Served<'services'>[];
  containerInstances: Served<'containerInstances'>[];
  tasks: Served<'tasks'>[];
  serviceByKey: Map<string, Served<'services'>>;
  containerInstanceByKey: Map<string, Served<'containerInstances'>>;
  taskByKey: Map<string, Served<'tasks'>>;
}

/** The last path segment of an ARN (a task or container instance id, a service name). */
function lastSegment(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

function byKeyAndArn<T extends ServedResource<unknown>>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.key, item).set(item.arn, item);
  return map;
}

/** One account's ECS in one region: clusters with their services, instances and tasks, and task definitions. */
export class EcsIndex {
  readonly clusters: ServedCluster[];
  readonly taskDefinitions: ServedResource<WorldTaskDefinition>[];
  /** Task definition families, sorted, each with its revisions in ascending order. */
  readonly families = new Map<string, ServedResource<WorldTaskDefinition>[]>();
  private readonly clusterByKey: Map<string, ServedCluster>;
  private readonly definitionByArn: Map<string, ServedResource<WorldTaskDefinition>>;

  constructor(readonly accountId: string, readonly region: string, data: WorldEcs) {
    const prefix = `arn:aws:ecs:${region}:${accountId}`;
    this.taskDefinitions = data.taskDefinitions.map((definition) => {
      const arn = definition.taskDefinitionArn ?? `${prefix}:task-definition/${definition.family}:${definition.revision}`;
      return { arn, key: `${definition.family}:${definition.revision}`, data: definition, wire: memo(() => taskDefinitionJson(definition, arn)) };
    });
    this.definitionByArn = byKeyAndArn(this.taskDefinitions);
    for (const definition of [...this.taskDefinitions].sort((a, b) => a.data.revision - b.data.revision)) {
      const family = this.families.get(definition.data.family) ?? [];
      family.push(definition);
      this.families.set(definition.data.family, family);
    }
    this.clusters = data.clusters.map((cluster) => this.serveCluster(prefix, cluster));
    this.clusterByKey = byKeyAndArn(this.clusters);
  }

  findCluster(nameOrArn: string): ServedCluster | undefined {
    return this.clusterByKey.get(nameOrArn);
  }

  /** A task definition by ARN, family:revision, or family (the latest ACTIVE revision). */
  findTaskDefinition(reference: string): ServedResource<WorldTaskDefinition> | undefined {
    const exact = this.definitionByArn.get(reference);
    if (exact) return exact;
    const revisions = this.families.get(reference) ?? [];
    return revisions.filter((definition) => definition.data.status === 'ACTIVE').at(-1);
  }

  private serveCluster(prefix: string, cluster: WorldCluster): ServedCluster {
    const arn = cluster.clusterArn ?? `${prefix}:cluster/${cluster.clusterName}`;
    const services = cluster.services.map((service) => {
      const serviceArn = service.serviceArn ?? `${prefix}:service/${cluster.clusterName}/${service.serviceName}`;
      const definitionArn = this.findTaskDefinition(service.taskDefinition)?.arn ?? service.taskDefinition;
      return { arn: serviceArn, key: service.serviceName, data: service, wire: memo(() => serviceJson(service, serviceArn, arn, definitionArn)) };
    });
    const runningOn = (instanceArn: string) => cluster.tasks.filter((task) => task.containerInstanceArn === instanceArn && task.lastStatus === 'RUNNING').length;
    const containerInstances = cluster.containerInstances.map((instance) => ({
      arn: instance.containerInstanceArn,
      key: lastSegment(instance.containerInstanceArn),
      data: instance,
      wire: memo(() => containerInstanceJson(instance, runningOn(instance.containerInstanceArn))),
    }));
    const tasks = cluster.tasks.map((task) => ({ arn: task.taskArn, key: lastSegment(task.taskArn), data: task, wire: memo(() => taskJson(task, arn)) }));
    return {
      arn,
      key: cluster.clusterName,
      data: cluster,
      wire: memo(() => clusterJson(cluster, arn)),
      services,
      containerInstances,
      tasks,
      serviceByKey: byKeyAndArn(services),
      containerInstanceByKey: byKeyAndArn(containerInstances),
      taskByKey: byKeyAndArn(tasks),
    };
  }
}
