import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import { policy, smallCatalog } from './testing.fixtures';

const wildcards = (...statements: object[]) =>
  analyzePermissions({ policies: [policy('p', ...statements)] }, smallCatalog).serviceWildcards;

test('svc:* on * is a service wildcard; on one bucket it is not', () => {
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: ['s3:*', 'ec2:*'], Resource: '*' }), ['ec2', 's3']);
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' }), []);
});

test('every action listed one by one, or a NotAction leaving a service whole, counts too', () => {
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: ['kms:Decrypt', 'organizations:ListAccounts'], Resource: '*' }), ['kms', 'organizations']);
  assert.deepEqual(wildcards({ Effect: 'Allow', NotAction: ['iam:*', 's3:*', 'ec2:*', 'sts:*', 'dynamodb:PutItem'], Resource: '*' }), [
    'ecs',
    'kms',
    'organizations',
    'secretsmanager',
  ]);
});

test('conditional or partly denied services are not wildcards', () => {
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), []);
  assert.deepEqual(
    wildcards({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::prod' }),
    [],
  );
});
