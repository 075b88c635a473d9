import type { EcsInventory } from '@rolecall/model';
import { CLUSTER_ARN, CONTAINER_INSTANCE_ARN, TASK_ARN } from './prod-account.fixture';
import { PROD, role, taskDefinitionArn } from './prod-iam.fixture';

const east = { accountId: PROD, region: 'us-east-1' };
const image = (name: string) => `${PROD}.dkr.ecr.us-east-1.amazonaws.com/${name}:1`;
const noContainerExtras = { capabilitiesAdd: [], capabilitiesDrop: [], environment: [], secrets: [], mountPoints: [] };

/** What collecting workloads-prod must find in ECS, exactly: inactive batch:1 and unused revisions stay out. */
export const PROD_ECS: EcsInventory = {
  clusters: [
    { arn: CLUSTER_ARN, ...east, name: 'prod', status: 'ACTIVE', containerInsights: 'enabled', executeCommandLogging: 'DEFAULT', capacityProviders: [], tags: { env: 'prod' } },
  ],
  services: [
    {
      arn: `arn:aws:ecs:us-east-1:${PROD}:service/prod/web`,
      ...east,
      name: 'web',
      clusterArn: CLUSTER_ARN,
      status: 'ACTIVE',
      taskDefinitionArn: taskDefinitionArn('web:2'),
      deploymentTaskDefinitionArns: [taskDefinitionArn('web:2')],
      launchType: 'FARGATE',
      capacityProviders: [],
      platformVersion: 'LATEST',
      desiredCount: 2,
      runningCount: 2,
      enableExecuteCommand: true,
      network: { subnets: ['subnet-0a'], securityGroups: ['sg-0a'], assignPublicIp: false },
      tags: {},
    },
  ],
  tasks: [
    {
      arn: TASK_ARN,
      ...east,
      clusterArn: CLUSTER_ARN,
      taskDefinitionArn: taskDefinitionArn('web:1'),
      lastStatus: 'RUNNING',
      launchType: 'EC2',
      containerInstanceArn: CONTAINER_INSTANCE_ARN,
      group: 'family:web',
      enableExecuteCommand: false,
    },
  ],
  taskDefinitions: [
    {
      arn: taskDefinitionArn('web:2'),
      ...east,
      family: 'web',
      revision: 2,
      status: 'ACTIVE',
      latestActive: true,
      taskRoleArn: role('web-task'),
      executionRoleArn: role('web-exec'),
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      volumes: [],
      containers: [{ name: 'web', image: image('web'), user: '1000', readonlyRootFilesystem: true, ...noContainerExtras }],
      tags: { team: 'web' },
    },
    {
      arn: taskDefinitionArn('worker:3'),
      ...east,
      family: 'worker',
      revision: 3,
      status: 'ACTIVE',
      latestActive: true,
      networkMode: 'host',
      requiresCompatibilities: [],
      volumes: [{ name: 'docker', hostSourcePath: '/var/run/docker.sock' }],
      containers: [
        {
          name: 'worker',
          image: image('worker'),
          privileged: true,
          ...noContainerExtras,
          capabilitiesAdd: ['SYS_ADMIN'],
          environment: [{ name: 'AWS_SECRET_ACCESS_KEY', valueKind: 'aws-secret-access-key' }],
          mountPoints: [{ sourceVolume: 'docker', containerPath: '/var/run/docker.sock', readOnly: false }],
        },
      ],
      tags: {},
    },
    {
      arn: taskDefinitionArn('web:1'),
      ...east,
      family: 'web',
      revision: 1,
      status: 'ACTIVE',
      latestActive: false,
      taskRoleArn: role('web-task'),
      executionRoleArn: role('web-exec'),
      networkMode: 'bridge',
      requiresCompatibilities: ['EC2'],
      volumes: [],
      containers: [{ name: 'web', image: image('web'), ...noContainerExtras }],
      tags: {},
    },
  ],
  containerInstances: [
    { arn: CONTAINER_INSTANCE_ARN, ...east, clusterArn: CLUSTER_ARN, ec2InstanceId: 'i-0aaa00000000000a1', status: 'ACTIVE', agentConnected: true, agentVersion: '1.89.0' },
  ],
};
