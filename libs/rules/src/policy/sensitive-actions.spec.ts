import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import { coversAnyRole } from './sensitive-actions';
import { policy, smallCatalog } from './testing.fixtures';

const sensitive = (...statements: object[]) => analyzePermissions({ policies: [policy('p', ...statements)] }, smallCatalog).sensitiveActions;

describe('sensitiveActions', () => {
  test('classes come from the curated lists and the access levels, with resources', () => {
    const result = sensitive(
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:PutBucketPolicy'], Resource: 'arn:aws:s3:::data/*' },
      { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'ec2:TerminateInstances', 'ec2:DescribeInstances'], Resource: '*' },
    );
    assert.deepEqual(
      result.map(({ action, classes, resources, conditional }) => ({ action, classes, resources, conditional })),
      [
        { action: 'ec2:TerminateInstances', classes: ['infrastructure-modification'], resources: ['*'], conditional: false },
        { action: 's3:GetObject', classes: ['data-exfiltration'], resources: ['arn:aws:s3:::data/*'], conditional: false },
        { action: 's3:PutBucketPolicy', classes: ['permissions-management'], resources: ['arn:aws:s3:::data/*'], conditional: false },
        { action: 'secretsmanager:GetSecretValue', classes: ['credential-access'], resources: ['*'], conditional: false },
      ],
    );
  });

  test('ecs:RunTask escalates only together with iam:PassRole', () => {
    const alone = sensitive({ Effect: 'Allow', Action: 'ecs:RunTask', Resource: '*' });
    assert.deepEqual(alone.map((a) => [a.action, a.classes]), [['ecs:RunTask', ['infrastructure-modification']]]);
    const withPassRole = sensitive({ Effect: 'Allow', Action: ['ecs:RunTask', 'iam:PassRole'], Resource: '*' });
    assert.deepEqual(withPassRole.map((a) => [a.action, a.classes]), [
      ['ecs:RunTask', ['privilege-escalation', 'infrastructure-modification']],
      ['iam:PassRole', ['privilege-escalation']],
    ]);
  });

  test('sts:AssumeRole escalates only on any role', () => {
    const scoped = sensitive({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::444455556666:role/reader' });
    assert.deepEqual(scoped, []);
    const any = sensitive({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::444455556666:role/*' });
    assert.deepEqual(any.map((a) => [a.action, a.classes]), [['sts:AssumeRole', ['privilege-escalation']]]);
  });

  test('one action can hold several classes; conditional and statements are reported', () => {
    const result = sensitive({
      Sid: 'Keys',
      Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:PutRolePolicy'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/team': 'a' } },
    });
    assert.deepEqual(result, [
      {
        action: 'iam:CreateAccessKey',
        classes: ['privilege-escalation', 'credential-access'],
        resources: ['*'],
        excludedResources: [],
        conditional: true,
        statements: [{ policy: 'p', statement: 0, sid: 'Keys' }],
      },
      {
        action: 'iam:PutRolePolicy',
        classes: ['privilege-escalation', 'permissions-management'],
        resources: ['*'],
        excludedResources: [],
        conditional: true,
        statements: [{ policy: 'p', statement: 0, sid: 'Keys' }],
      },
    ]);
  });
});

test('coversAnyRole', () => {
  assert.equal(coversAnyRole('*'), true);
  assert.equal(coversAnyRole('arn:aws:iam::*:role/*'), true);
  assert.equal(coversAnyRole('arn:aws:iam::111122223333:*'), true);
  assert.equal(coversAnyRole('arn:aws:iam::111122223333:role/app-*'), false);
  assert.equal(coversAnyRole('arn:aws:s3:::*'), false);
});
