import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { ecsTaskDefinitionSchema } from '@rolecall/model';
import { envValueKind, taskDefinitionFrom } from './task-definition.transform';

const place = { accountId: '111122223333', region: 'eu-west-1' };

describe('task definition transform', () => {
  test('keeps the hardening facts and classifies environment values without keeping them', () => {
    const definition: TaskDefinition = {
      taskDefinitionArn: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/api:4',
      family: 'api',
      revision: 4,
      status: 'ACTIVE',
      taskRoleArn: 'arn:aws:iam::111122223333:role/api-task',
      executionRoleArn: 'arn:aws:iam::111122223333:role/api-exec',
      networkMode: 'host',
      pidMode: 'host',
      requiresCompatibilities: ['EC2'],
      volumes: [{ name: 'docker', host: { sourcePath: '/var/run/docker.sock' } }, { name: 'scratch' }],
      containerDefinitions: [
        {
          name: 'api',
          image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1',
          essential: true,
          privileged: true,
          user: '0',
          linuxParameters: { capabilities: { add: ['SYS_ADMIN'], drop: ['NET_RAW'] } },
          environment: [
            { name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' },
            { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'EMPTY' },
          ],
          secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db' }],
          mountPoints: [{ sourceVolume: 'docker', containerPath: '/var/run/docker.sock' }],
        },
      ],
    };
    const result = taskDefinitionFrom(definition, [{ key: 'team', value: 'api' }], true, place);
    assert.deepEqual(result, {
      arn: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/api:4',
      accountId: '111122223333',
      region: 'eu-west-1',
      family: 'api',
      revision: 4,
      status: 'ACTIVE',
      latestActive: true,
      taskRoleArn: 'arn:aws:iam::111122223333:role/api-task',
      executionRoleArn: 'arn:aws:iam::111122223333:role/api-exec',
      networkMode: 'host',
      pidMode: 'host',
      requiresCompatibilities: ['EC2'],
      volumes: [{ name: 'docker', hostSourcePath: '/var/run/docker.sock' }, { name: 'scratch' }],
      containers: [
        {
          name: 'api',
          image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1',
          essential: true,
          privileged: true,
          user: '0',
          capabilitiesAdd: ['SYS_ADMIN'],
          capabilitiesDrop: ['NET_RAW'],
          environment: [
            { name: 'AWS_ACCESS_KEY_ID', valueKind: 'aws-access-key-id' },
            { name: 'AWS_SECRET_ACCESS_KEY', valueKind: 'aws-secret-access-key' },
            { name: 'LOG_LEVEL', valueKind: 'text' },
            { name: 'EMPTY', valueKind: 'empty' },
          ],
          secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db' }],
          mountPoints: [{ sourceVolume: 'docker', containerPath: '/var/run/docker.sock', readOnly: false }],
        },
      ],
      tags: { team: 'api' },
    });
    assert.equal(JSON.stringify(result).includes('wJalrXUtnFEMI'), false);
    assert.equal(JSON.stringify(result).includes('AKIAIOSFODNN7EXAMPLE'), false);
  });

  test('value kinds', () => {
    assert.equal(envValueKind('ASIAIOSFODNN7EXAMPLE'), 'aws-access-key-id');
    assert.equal(envValueKind('AKIA-short'), 'text');
    assert.equal(envValueKind(''), 'empty');
  });
});

test('a task definition with only its ARN and a bare container: family and revision from the ARN', () => {
  const arn = 'arn:aws:ecs:eu-west-1:111122223333:task-definition/web:7';
  const definition = taskDefinitionFrom({ taskDefinitionArn: arn, containerDefinitions: [{}] }, undefined, false, place);
  assert.deepEqual(definition, {
    arn,
    ...place,
    family: 'web',
    revision: 7,
    status: '',
    latestActive: false,
    requiresCompatibilities: [],
    volumes: [],
    containers: [{ name: '', capabilitiesAdd: [], capabilitiesDrop: [], environment: [], secrets: [], mountPoints: [] }],
    tags: {},
  });
  assert.deepEqual(ecsTaskDefinitionSchema.parse(definition), definition);
});
