import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ecsClusterSchema, ecsServiceSchema, ecsTaskSchema } from '@rolecall/model';
import { clusterFrom, containerInstanceFrom, serviceFrom, taskFrom } from './ecs.transform';

const place = { accountId: '111122223333', region: 'us-east-1' };
const clusterArn = 'arn:aws:ecs:us-east-1:111122223333:cluster/prod';

describe('ECS transforms', () => {
  test('cluster settings, exec logging and tags', () => {
    assert.deepEqual(
      clusterFrom(
        {
          clusterArn,
          clusterName: 'prod',
          status: 'ACTIVE',
          settings: [{ name: 'containerInsights', value: 'enabled' }],
          configuration: { executeCommandConfiguration: { logging: 'OVERRIDE' } },
          capacityProviders: ['FARGATE'],
          tags: [{ key: 'env', value: 'prod' }],
        },
        place,
      ),
      {
        arn: clusterArn,
        ...place,
        name: 'prod',
        status: 'ACTIVE',
        containerInsights: 'enabled',
        executeCommandLogging: 'OVERRIDE',
        capacityProviders: ['FARGATE'],
        tags: { env: 'prod' },
      },
    );
  });

  test('a service with exec, public IP and a rollout of two task definitions', () => {
    const service = serviceFrom(
      {
        serviceArn: 'arn:aws:ecs:us-east-1:111122223333:service/prod/web',
        serviceName: 'web',
        clusterArn,
        status: 'ACTIVE',
        taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
        deployments: [
          { taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3' },
          { taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:2' },
        ],
        launchType: 'FARGATE',
        platformVersion: 'LATEST',
        desiredCount: 2,
        runningCount: 2,
        enableExecuteCommand: true,
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' } },
      },
      place,
    );
    assert.deepEqual(service, {
      arn: 'arn:aws:ecs:us-east-1:111122223333:service/prod/web',
      ...place,
      name: 'web',
      clusterArn,
      status: 'ACTIVE',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
      deploymentTaskDefinitionArns: [
        'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
        'arn:aws:ecs:us-east-1:111122223333:task-definition/web:2',
      ],
      launchType: 'FARGATE',
      capacityProviders: [],
      platformVersion: 'LATEST',
      desiredCount: 2,
      runningCount: 2,
      enableExecuteCommand: true,
      network: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: true },
      tags: {},
    });
  });

  test('tasks and container instances keep their links', () => {
    assert.deepEqual(
      taskFrom(
        {
          taskArn: 'arn:aws:ecs:us-east-1:111122223333:task/prod/abc',
          clusterArn,
          taskDefinitionArn: 'arn:aws:ecs:us-east-1:111122223333:task-definition/batch:1',
          lastStatus: 'RUNNING',
          launchType: 'EC2',
          containerInstanceArn: 'arn:aws:ecs:us-east-1:111122223333:container-instance/prod/ci1',
          group: 'family:batch',
        },
        place,
      ),
      {
        arn: 'arn:aws:ecs:us-east-1:111122223333:task/prod/abc',
        ...place,
        clusterArn,
        taskDefinitionArn: 'arn:aws:ecs:us-east-1:111122223333:task-definition/batch:1',
        lastStatus: 'RUNNING',
        launchType: 'EC2',
        containerInstanceArn: 'arn:aws:ecs:us-east-1:111122223333:container-instance/prod/ci1',
        group: 'family:batch',
        enableExecuteCommand: false,
      },
    );
    assert.deepEqual(
      containerInstanceFrom(
        {
          containerInstanceArn: 'arn:aws:ecs:us-east-1:111122223333:container-instance/prod/ci1',
          ec2InstanceId: 'i-1',
          status: 'ACTIVE',
          agentConnected: true,
          versionInfo: { agentVersion: '1.90.0' },
        },
        clusterArn,
        place,
      ),
      {
        arn: 'arn:aws:ecs:us-east-1:111122223333:container-instance/prod/ci1',
        ...place,
        clusterArn,
        ec2InstanceId: 'i-1',
        status: 'ACTIVE',
        agentConnected: true,
        agentVersion: '1.90.0',
      },
    );
  });
});

describe('ECS answers with optional fields missing', () => {
  test('a cluster without name, tags, settings or configuration; nulls in its capacity providers', () => {
    const cluster = clusterFrom({ clusterArn, capacityProviders: [null as never, 'FARGATE'] }, place);
    assert.deepEqual(cluster, { arn: clusterArn, ...place, name: 'prod', status: '', capacityProviders: ['FARGATE'], tags: {} });
    // Before: the null failed the account's inventory schema, so the whole account.
    assert.deepEqual(ecsClusterSchema.parse(cluster), cluster);
  });

  test('a service and a task with only their ARNs', () => {
    const serviceArn = 'arn:aws:ecs:us-east-1:111122223333:service/prod/web';
    const service = serviceFrom({ serviceArn }, place);
    assert.deepEqual(service, {
      arn: serviceArn,
      ...place,
      name: 'web',
      clusterArn: '',
      status: '',
      taskDefinitionArn: '',
      deploymentTaskDefinitionArns: [],
      capacityProviders: [],
      desiredCount: 0,
      runningCount: 0,
      enableExecuteCommand: false,
      tags: {},
    });
    assert.deepEqual(ecsServiceSchema.parse(service), service);
    const task = taskFrom({ taskArn: 'arn:aws:ecs:us-east-1:111122223333:task/prod/abc' }, place);
    assert.deepEqual(ecsTaskSchema.parse(task), task);
  });
});
