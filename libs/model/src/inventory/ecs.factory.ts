import type { ContainerDefinition, EcsTaskDefinition } from './ecs-task-definition.schema';
import type { EcsCluster, EcsContainerInstance, EcsService, EcsTask } from './ecs.schema';
import { factoryPlace } from './factory-defaults';

export function anEcsCluster(overrides: Partial<EcsCluster> = {}): EcsCluster {
  const { accountId, region } = factoryPlace(overrides);
  const name = overrides.name ?? 'app-cluster';
  return {
    arn: `arn:aws:ecs:${region}:${accountId}:cluster/${name}`,
    accountId,
    region,
    name,
    status: 'ACTIVE',
    capacityProviders: [],
    tags: {},
    ...overrides,
  };
}

export function aContainer(overrides: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return {
    name: 'app',
    image: 'public.ecr.aws/docker/library/nginx:latest',
    essential: true,
    capabilitiesAdd: [],
    capabilitiesDrop: [],
    environment: [],
    secrets: [],
    mountPoints: [],
    ...overrides,
  };
}

export function aTaskDefinition(overrides: Partial<EcsTaskDefinition> = {}): EcsTaskDefinition {
  const { accountId, region } = factoryPlace(overrides);
  const family = overrides.family ?? 'app';
  const revision = overrides.revision ?? 1;
  return {
    arn: `arn:aws:ecs:${region}:${accountId}:task-definition/${family}:${revision}`,
    accountId,
    region,
    family,
    revision,
    status: 'ACTIVE',
    latestActive: true,
    taskRoleArn: `arn:aws:iam::${accountId}:role/app-task-role`,
    executionRoleArn: `arn:aws:iam::${accountId}:role/app-execution-role`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    volumes: [],
    containers: [aContainer()],
    tags: {},
    ...overrides,
  };
}

export function anEcsService(overrides: Partial<EcsService> = {}): EcsService {
  const { accountId, region } = factoryPlace(overrides);
  const name = overrides.name ?? 'app';
  const taskDefinitionArn = overrides.taskDefinitionArn ?? aTaskDefinition({ accountId, region }).arn;
  return {
    arn: `arn:aws:ecs:${region}:${accountId}:service/app-cluster/${name}`,
    accountId,
    region,
    name,
    clusterArn: anEcsCluster({ accountId, region }).arn,
    status: 'ACTIVE',
    taskDefinitionArn,
    deploymentTaskDefinitionArns: [taskDefinitionArn],
    launchType: 'FARGATE',
    capacityProviders: [],
    desiredCount: 1,
    runningCount: 1,
    enableExecuteCommand: false,
    network: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'], assignPublicIp: false },
    tags: {},
    ...overrides,
  };
}

export function anEcsTask(overrides: Partial<EcsTask> = {}): EcsTask {
  const { accountId, region } = factoryPlace(overrides);
  return {
    arn: `arn:aws:ecs:${region}:${accountId}:task/app-cluster/0123456789abcdef0123456789abcdef`,
    accountId,
    region,
    clusterArn: anEcsCluster({ accountId, region }).arn,
    taskDefinitionArn: aTaskDefinition({ accountId, region }).arn,
    lastStatus: 'RUNNING',
    launchType: 'FARGATE',
    group: 'service:app',
    enableExecuteCommand: false,
    ...overrides,
  };
}

export function aContainerInstance(overrides: Partial<EcsContainerInstance> = {}): EcsContainerInstance {
  const { accountId, region } = factoryPlace(overrides);
  return {
    arn: `arn:aws:ecs:${region}:${accountId}:container-instance/app-cluster/0123456789abcdef0123456789abcdef`,
    accountId,
    region,
    clusterArn: anEcsCluster({ accountId, region }).arn,
    ec2InstanceId: 'i-0123456789abcdef0',
    status: 'ACTIVE',
    agentConnected: true,
    agentVersion: '1.89.0',
    ...overrides,
  };
}
