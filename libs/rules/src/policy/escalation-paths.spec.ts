import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import { policy, smallCatalog } from './testing.fixtures';

const paths = (...statements: object[]) =>
  analyzePermissions({ policies: [policy('p', ...statements)] }, smallCatalog).privilegeEscalationPaths;

test('PassRole on * with ecs:RunTask is a named path, with the granting statements', () => {
  const result = paths(
    { Sid: 'Pass', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
    { Sid: 'Run', Effect: 'Allow', Action: 'ecs:RunTask', Resource: 'arn:aws:ecs:*:111122223333:task-definition/*' },
  );
  assert.deepEqual(result, [
    {
      id: 'pass-role-ecs',
      title: 'iam:PassRole + ecs:RunTask',
      grants: [
        { action: 'iam:PassRole', resources: ['*'], conditional: false },
        { action: 'ecs:RunTask', resources: ['arn:aws:ecs:*:111122223333:task-definition/*'], conditional: false },
      ],
      conditional: false,
      statements: [
        { policy: 'p', statement: 0, sid: 'Pass' },
        { policy: 'p', statement: 1, sid: 'Run' },
      ],
    },
  ]);
});

test('a path needs every step: ecs:RunTask alone is none', () => {
  assert.deepEqual(paths({ Effect: 'Allow', Action: 'ecs:RunTask', Resource: '*' }), []);
});

test('single-action paths and sts:AssumeRole on * only', () => {
  const result = paths(
    { Effect: 'Allow', Action: ['iam:AttachRolePolicy', 'iam:CreatePolicyVersion', 'iam:UpdateAssumeRolePolicy', 'iam:CreateAccessKey'], Resource: '*' },
    { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } },
  );
  assert.deepEqual(
    result.map((p) => [p.id, p.conditional]),
    [
      ['iam-role-policy', false],
      ['iam-policy-version', false],
      ['iam-update-trust', false],
      ['iam-user-credentials', false],
      ['sts-assume-any-role', true],
    ],
  );
  assert.deepEqual(paths({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::444455556666:role/reader' }), []);
});

test('a Deny breaks the path', () => {
  const result = paths(
    { Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' },
    { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
  );
  assert.deepEqual(result, []);
});

test('issue 14 case 1: a path under a region guardrail holds, naming the region the caller must pick', () => {
  const result = paths(
    { Effect: 'Allow', Action: ['iam:PassRole', 'ecs:RunTask'], Resource: '*' },
    { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
  );
  assert.deepEqual(result.map((p) => [p.id, p.conditional, p.grants]), [
    [
      'pass-role-ecs',
      false,
      [
        { action: 'iam:PassRole', resources: ['*'], conditional: false },
        { action: 'ecs:RunTask', resources: ['*'], conditional: false, conditionsMet: ['aws:RequestedRegion=eu-west-1'] },
      ],
    ],
  ]);
});

test('issue 14 case 1: a path behind a principal-bound condition stays conditional', () => {
  const result = paths({
    Effect: 'Allow',
    Action: ['iam:PassRole', 'ecs:RunTask'],
    Resource: '*',
    Condition: { StringEquals: { 'aws:PrincipalTag/deployer': 'true' } },
  });
  assert.deepEqual(result.map((p) => [p.id, p.conditional]), [['pass-role-ecs', true]]);
});

test('issue 14 case 6: escalation actions granted only on S3 ARNs hold no path', () => {
  assert.deepEqual(
    paths({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances', 'iam:PutRolePolicy', 'sts:AssumeRole'], Resource: 'arn:aws:s3:::bucket/*' }),
    [],
  );
  assert.deepEqual(
    paths({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/*' }).map((p) => p.id),
    ['sts-assume-any-role'],
  );
});
