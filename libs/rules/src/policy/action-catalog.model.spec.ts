import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceOf } from './action-catalog.model';
import { catalogAccessLevelSchema } from './action-catalog.loader';
import { smallCatalog } from './testing.fixtures';

describe('createActionCatalog', () => {
  test('expands service wildcards, prefixes and ? ignoring case, in catalog spelling', () => {
    assert.deepEqual(smallCatalog.expand('sts:*'), ['sts:AssumeRole', 'sts:GetCallerIdentity', 'sts:TagSession']);
    assert.deepEqual(smallCatalog.expand('IAM:put*'), ['iam:PutRolePermissionsBoundary', 'iam:PutRolePolicy']);
    assert.deepEqual(smallCatalog.expand('iam:?etRole'), ['iam:GetRole']);
    assert.deepEqual(smallCatalog.expand('*:Get*'), ['iam:GetRole', 's3:GetObject', 'secretsmanager:GetSecretValue', 'sts:GetCallerIdentity']);
    assert.deepEqual(smallCatalog.expand('s3:getobject'), ['s3:GetObject']);
    assert.equal(smallCatalog.expand('*').length, 30);
    assert.equal(smallCatalog.allActions().length, 30);
  });

  test('unknown actions and services expand to nothing', () => {
    assert.deepEqual(smallCatalog.expand('s3:GetObjectTorrent'), []);
    assert.deepEqual(smallCatalog.expand('nosuch:*'), []);
  });

  test('access level, canonical spelling and services ignore case', () => {
    assert.equal(smallCatalog.accessLevel('IAM:PUTROLEPOLICY'), 'Permissions management');
    assert.equal(smallCatalog.accessLevel('iam:NoSuchAction'), undefined);
    assert.equal(smallCatalog.canonical('ecs:runtask'), 'ecs:RunTask');
    assert.deepEqual(smallCatalog.services(), ['dynamodb', 'ec2', 'ecs', 'iam', 'kms', 'organizations', 's3', 'secretsmanager', 'sts']);
    assert.deepEqual(smallCatalog.actionsOf('KMS'), ['kms:Decrypt']);
    assert.equal(serviceOf('EC2:RunInstances'), 'ec2');
  });
});

describe('catalogAccessLevelSchema', () => {
  test('picks the most specific of combined levels', () => {
    assert.equal(catalogAccessLevelSchema.parse('Permissions management, Write'), 'Permissions management');
    assert.equal(catalogAccessLevelSchema.parse('Tagging, Write'), 'Tagging');
    assert.equal(catalogAccessLevelSchema.parse('Read'), 'Read');
    assert.equal(catalogAccessLevelSchema.safeParse('Admin').success, false);
  });
});
