import type { EcsCluster, EcsContainerInstance, EcsInventory, EcsService, EcsTask } from '@rolecall/model';
import { chunk } from '../concurrency';
import { paginate, type Collection } from '../collection';
import { clusterFrom, containerInstanceFrom, serviceFrom, taskFrom, type Place } from '../transforms/ecs.transform';
import { collectTaskDefinitions } from './ecs-task-definitions.collector';

/** ECS in one region: clusters, their services, running tasks, container instances, and the task definitions in play. */
export async function collectEcs(collection: Collection, region: string): Promise<EcsInventory> {
  const place = { accountId: collection.accountId, region };
  const clusters = (await collection.attempt(() => listClusters(collection, place))) ?? [];
  const perCluster = await Promise.all(
    clusters.map(async (cluster) => {
      const [services, tasks, containerInstances] = await Promise.all([
        collection.attempt(() => listServices(collection, cluster.arn, place), cluster.arn),
        collection.attempt(() => listTasks(collection, cluster.arn, place), cluster.arn),
        collection.attempt(() => listContainerInstances(collection, cluster.arn, place), cluster.arn),
      ]);
      return { services: services ?? [], tasks: tasks ?? [], containerInstances: containerInstances ?? [] };
    }),
  );
  const services = perCluster.flatMap((found) => found.services);
  const tasks = perCluster.flatMap((found) => found.tasks);
  const usedTaskDefinitionArns = [
    ...services.flatMap((service) => [service.taskDefinitionArn, ...service.deploymentTaskDefinitionArns]),
    ...tasks.map((task) => task.taskDefinitionArn),
  ];
  return {
    clusters,
    services,
    tasks,
    taskDefinitions: await collectTaskDefinitions(collection, place, usedTaskDefinitionArns),
    containerInstances: perCluster.flatMap((found) => found.containerInstances),
  };
}

async function listClusters(collection: Collection, place: Place): Promise<EcsCluster[]> {
  const { session } = collection;
  const arns = await paginate(async (nextToken) => {
    const page = await session.call('ecs', 'ListClusters', { nextToken, maxResults: 100 }, place.region);
    return { items: page.clusterArns, next: page.nextToken };
  });
  const batches = await Promise.all(
    chunk(arns, 100).map((clusters) =>
      session.call('ecs', 'DescribeClusters', { clusters, include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] }, place.region),
    ),
  );
  // Before the per-cluster calls: an empty cluster ARN would ask for the default cluster.
  const clusters = batches.flatMap((batch) => batch.clusters ?? []).map((cluster) => clusterFrom(cluster, place));
  return collection.identified('ecs cluster', place.region, clusters);
}

async function listServices(collection: Collection, cluster: string, place: Place): Promise<EcsService[]> {
  const { session } = collection;
  const arns = await paginate(async (nextToken) => {
    const page = await session.call('ecs', 'ListServices', { cluster, nextToken, maxResults: 100 }, place.region);
    return { items: page.serviceArns, next: page.nextToken };
  });
  const batches = await Promise.all(
    chunk(arns, 10).map((services) =>
      session.call('ecs', 'DescribeServices', { cluster, services, include: ['TAGS'] }, place.region),
    ),
  );
  const services = batches.flatMap((batch) => batch.services ?? []).map((service) => serviceFrom(service, place));
  return collection.identified('ecs service', place.region, services);
}

async function listTasks(collection: Collection, cluster: string, place: Place): Promise<EcsTask[]> {
  const { session } = collection;
  const arns = await paginate(async (nextToken) => {
    const input = { cluster, nextToken, maxResults: 100, desiredStatus: 'RUNNING' as const };
    const page = await session.call('ecs', 'ListTasks', input, place.region);
    return { items: page.taskArns, next: page.nextToken };
  });
  const batches = await Promise.all(
    chunk(arns, 100).map((tasks) => session.call('ecs', 'DescribeTasks', { cluster, tasks }, place.region)),
  );
  const tasks = batches.flatMap((batch) => batch.tasks ?? []).map((task) => taskFrom(task, place));
  return collection.identified('ecs task', place.region, tasks);
}

async function listContainerInstances(
  collection: Collection,
  cluster: string,
  place: Place,
): Promise<EcsContainerInstance[]> {
  const { session } = collection;
  const arns = await paginate(async (nextToken) => {
    const page = await session.call('ecs', 'ListContainerInstances', { cluster, nextToken, maxResults: 100 }, place.region);
    return { items: page.containerInstanceArns, next: page.nextToken };
  });
  const batches = await Promise.all(
    chunk(arns, 100).map((containerInstances) =>
      session.call('ecs', 'DescribeContainerInstances', { cluster, containerInstances }, place.region),
    ),
  );
  const instances = batches
    .flatMap((batch) => batch.containerInstances ?? [])
    .map((instance) => containerInstanceFrom(instance, cluster, place));
  return collection.identified('ecs container instance', place.region, instances);
}
