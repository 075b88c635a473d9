import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import { policy, smallCatalog } from './testing.fixtures';

test('unused services are listed and dropped from the proposed policy', () => {
  const analysis = analyzePermissions(
    {
      policies: [
        policy(
          'app',
          { Sid: 'Data', Effect: 'Allow', Action: ['s3:GetObject', 'dynamodb:*'], Resource: '*' },
          { Sid: 'Ops', Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
        ),
        policy('guard', { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }),
      ],
    },
    smallCatalog,
  );
  const result = analysis.rightSize(['S3', 'lambda']);
  assert.deepEqual(result.grantedServices, ['dynamodb', 'ec2', 's3']);
  assert.deepEqual(result.usedServices, ['s3']);
  assert.deepEqual(result.unusedServices, ['dynamodb', 'ec2']);
  assert.deepEqual(result.proposedPolicy, {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Data', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
    ],
  });
});

test('* becomes one svc:* per used service; NotAction becomes the explicit remaining actions', () => {
  const analysis = analyzePermissions(
    {
      policies: [
        policy('a', { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::data/*' }),
        policy('b', { Effect: 'Allow', NotAction: ['iam:*', 'ecs:RunTask', 'ecs:Register*'], Resource: '*' }),
      ],
    },
    smallCatalog,
  );
  assert.deepEqual(analysis.rightSize(['ecs', 'kms', 'iam']).proposedPolicy, {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['ecs:*', 'iam:*', 'kms:*'], Resource: 'arn:aws:s3:::data/*' },
      { Effect: 'Allow', Action: ['ecs:DescribeTasks', 'kms:*'], Resource: '*' },
    ],
  });
});
