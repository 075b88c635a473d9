import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceOf } from './action-catalog.model';
import { computeGrants } from './permission-grants';
import { analyzePermissions } from './permissions.analyzer';
import { grantedServicesOf } from './service-wildcards';
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
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }), []);
  assert.deepEqual(wildcards({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), ['s3']);
  assert.deepEqual(
    wildcards({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::prod' }),
    [],
  );
});

test('granted services are remembered per grant map: distinct maps give the direct answer, unknown actions included', () => {
  const direct = (grants: ReturnType<typeof computeGrants>) => [...new Set([...grants.values()].map((grant) => serviceOf(grant.action)))].sort();
  const maps = [
    computeGrants({ policies: [policy('p', { Effect: 'Allow', Action: ['s3:GetObject', 'kms:Decrypt'], Resource: '*' })] }, smallCatalog),
    computeGrants({ policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:*', 's3:*'], Resource: '*' })] }, smallCatalog),
    computeGrants({ policies: [policy('p', { Effect: 'Allow', Action: ['Custom:DoThing', 'sts:AssumeRole'], Resource: '*' })] }, smallCatalog),
  ];
  const first = maps.map((grants) => grantedServicesOf(grants, smallCatalog));
  assert.deepEqual(first, maps.map(direct));
  assert.deepEqual(first[2], ['custom', 'sts']);
  first[0].push('changed');
  assert.deepEqual(maps.map((grants) => grantedServicesOf(grants, smallCatalog)), maps.map(direct));
});
