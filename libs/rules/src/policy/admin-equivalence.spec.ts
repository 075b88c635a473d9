import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import type { RolePermissions } from './permission-grants';
import { createActionCatalog } from './action-catalog.model';
import { policy, smallCatalog } from './testing.fixtures';

const admin = (permissions: RolePermissions) => analyzePermissions(permissions, smallCatalog).adminEquivalence;
const ROLE = 'arn:aws:iam::111122223333:role/app';

test('Action * on Resource * is admin on the all-actions basis', () => {
  assert.deepEqual(admin({ policies: [policy('AdministratorAccess', { Effect: 'Allow', Action: '*', Resource: '*' })] }), {
    equivalent: true,
    basis: 'all-actions',
    actionsNotFullyGranted: 0,
    selfGrantActions: [],
  });
});

test('NotAction iam:PassRole is still admin: it can attach any policy to itself', () => {
  assert.deepEqual(admin({ policies: [policy('p', { Effect: 'Allow', NotAction: 'iam:PassRole', Resource: '*' })] }), {
    equivalent: true,
    basis: 'self-grant',
    actionsNotFullyGranted: 1,
    selfGrantActions: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'],
  });
});

test('PowerUser-like NotAction iam:* is not admin: near-admin, naming the withheld services', () => {
  const result = admin({ policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })] });
  assert.deepEqual(result, {
    equivalent: false,
    basis: 'near-admin',
    actionsNotFullyGranted: 12,
    selfGrantActions: [],
    withheldServices: ['iam', 'organizations'],
  });
});

test('* on * behind a principal-bound condition, or with a Deny on one action, is not all-actions', () => {
  const conditional = policy('p', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'ops' } } });
  assert.equal(admin({ policies: [conditional] }).equivalent, false);
  const withDeny = [
    policy('p', { Effect: 'Allow', Action: '*', Resource: '*' }),
    policy('d', { Effect: 'Deny', Action: ['iam:Put*', 'iam:Attach*'], Resource: '*' }),
  ];
  assert.equal(admin({ policies: withDeny }).route?.id, 'trust-rewrite', 'a trust rewrite and sts:AssumeRole remain');
  const noRoute = [...withDeny, policy('t', { Effect: 'Deny', Action: 'iam:UpdateAssumeRolePolicy', Resource: '*' })];
  assert.deepEqual(admin({ policies: noRoute }), {
    equivalent: false,
    basis: 'near-admin',
    actionsNotFullyGranted: 4,
    selfGrantActions: [],
    withheldServices: ['iam'],
  });
});

test('self-grant counts on the role itself when its ARN is known, and a boundary must be removable', () => {
  const own = policy('p', { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: ROLE });
  assert.equal(admin({ policies: [own] }).equivalent, false);
  assert.equal(admin({ policies: [own], roleArn: ROLE }).basis, 'self-grant');
  const boundary = policy('b', { Effect: 'Allow', Action: '*', Resource: '*' });
  assert.equal(admin({ policies: [own], roleArn: ROLE, permissionsBoundary: boundary }).equivalent, false);
  const ownAndBoundary = policy('p', { Effect: 'Allow', Action: ['iam:PutRolePolicy', 'iam:DeleteRolePermissionsBoundary'], Resource: ROLE });
  assert.deepEqual(admin({ policies: [ownAndBoundary], roleArn: ROLE, permissionsBoundary: boundary }).selfGrantActions, [
    'iam:PutRolePolicy',
    'iam:DeleteRolePermissionsBoundary',
  ]);
});

test('a boundary without iam caps an admin policy', () => {
  const result = admin({
    policies: [policy('AdministratorAccess', { Effect: 'Allow', Action: '*', Resource: '*' })],
    permissionsBoundary: policy('b', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
  });
  assert.deepEqual(result, { equivalent: false, basis: 'near-admin', actionsNotFullyGranted: 11, selfGrantActions: [], withheldServices: ['iam'] });
});

/** The IAM actions the admin routes name, beside a few others. */
const routeCatalog = createActionCatalog(
  [
    'iam:CreateUser', 'iam:PutUserPolicy', 'iam:AttachUserPolicy', 'iam:CreateAccessKey', 'iam:CreateRole', 'iam:PutRolePolicy',
    'iam:AttachRolePolicy', 'iam:UpdateAssumeRolePolicy', 'iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary',
    'iam:PassRole', 'sts:AssumeRole', 's3:GetObject', 'ec2:RunInstances', 'cloudtrail:StopLogging',
  ].map((action) => ({ action, accessLevel: 'Write' as const })),
);
const adminOf = (permissions: RolePermissions) => analyzePermissions(permissions, routeCatalog).adminEquivalence;
const ADMINISTRATOR = policy('AdministratorAccess', { Effect: 'Allow', Action: '*', Resource: '*' });

describe('issue 14 case 1: conditions the caller controls do not cancel admin', () => {
  test('AdministratorAccess with the region guardrail (global services exempt) is all-actions, naming the region', () => {
    const guardrail = policy('region-guardrail', {
      Effect: 'Deny',
      NotAction: ['iam:*', 'sts:*', 'cloudtrail:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
    });
    assert.deepEqual(adminOf({ policies: [ADMINISTRATOR, guardrail], roleArn: ROLE }), {
      equivalent: true,
      basis: 'all-actions',
      actionsNotFullyGranted: 0,
      selfGrantActions: [],
      conditionsMet: ['aws:RequestedRegion=us-east-1'],
    });
  });

  test('Allow * on aws:RequestedRegion, aws:SecureTransport or aws:CurrentTime is all-actions under that request', () => {
    const allowWhen = (condition: object) => adminOf({ policies: [policy('p', { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition })] });
    assert.deepEqual(allowWhen({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }).conditionsMet, ['aws:RequestedRegion=us-east-1']);
    assert.deepEqual(allowWhen({ Bool: { 'aws:SecureTransport': 'true' } }).conditionsMet, ['aws:SecureTransport=true']);
    assert.deepEqual(allowWhen({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }).conditionsMet, [
      'aws:CurrentTime=2029-12-31T23:59:59.000Z',
    ]);
    assert.deepEqual(allowWhen({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }).conditionsMet, ['aws:SourceIp=203.0.113.0']);
    const euWest = allowWhen({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } });
    assert.deepEqual([euWest.equivalent, euWest.basis, euWest.withheldServices], [false, 'near-admin', ['iam']], 'IAM is signed for us-east-1');
  });

  test('a principal-, resource- or organization-bound condition restricts: not admin', () => {
    for (const condition of [
      { StringEquals: { 'aws:PrincipalTag/team': 'ops' } },
      { StringEquals: { 'aws:ResourceTag/env': 'dev' } },
      { StringEquals: { 'aws:ResourceOrgID': 'o-123' } },
      { Bool: { 'aws:ViaAWSService': 'true' } },
    ]) {
      const result = adminOf({ policies: [policy('p', { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition })], roleArn: ROLE });
      assert.equal(result.equivalent, false, JSON.stringify(condition));
    }
  });
});

describe('issue 14 case 2: admin by power, not by a literal *', () => {
  test('a boundary protecting only itself still leaves an admin', () => {
    const boundary = policy(
      'boundary',
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'], Resource: '*' },
    );
    assert.deepEqual(adminOf({ policies: [ADMINISTRATOR], permissionsBoundary: boundary, roleArn: ROLE }), {
      equivalent: true,
      basis: 'all-but-self-protection',
      actionsNotFullyGranted: 2,
      selfGrantActions: [],
      withheldActions: ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'],
    });
  });

  test('NotAction [iam:PutRolePolicy, iam:AttachRolePolicy] can build an admin user', () => {
    const result = adminOf({
      policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'], Resource: '*' })],
      roleArn: ROLE,
    });
    assert.deepEqual(result, {
      equivalent: true,
      basis: 'admin-route',
      actionsNotFullyGranted: 2,
      selfGrantActions: [],
      route: {
        id: 'create-admin-user',
        title: 'create an IAM user, give it any policy and create its credentials',
        actions: ['iam:CreateUser', 'iam:PutUserPolicy', 'iam:CreateAccessKey'],
      },
    });
  });

  test('iam:UpdateAssumeRolePolicy with sts:AssumeRole on role/* rewrites a trust and assumes', () => {
    const result = adminOf({
      policies: [policy('p', { Effect: 'Allow', Action: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], Resource: 'arn:aws:iam::111122223333:role/*' })],
      roleArn: ROLE,
    });
    assert.equal(result.basis, 'admin-route');
    assert.deepEqual(result.route?.actions, ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole']);
    assert.equal(result.route?.id, 'trust-rewrite');
  });

  test('the same routes on one named role, or under a principal-bound condition, are not admin', () => {
    const named = adminOf({
      policies: [policy('p', { Effect: 'Allow', Action: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], Resource: 'arn:aws:iam::111122223333:role/reader' })],
      roleArn: ROLE,
    });
    assert.equal(named.equivalent, false);
    const bound = adminOf({
      policies: [
        policy('p', {
          Effect: 'Allow',
          Action: ['iam:CreateUser', 'iam:PutUserPolicy', 'iam:CreateAccessKey'],
          Resource: '*',
          Condition: { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/cap' } },
        }),
      ],
      roleArn: ROLE,
    });
    assert.equal(bound.equivalent, false);
  });

  test('all but one service with no route to it is near-admin, a distinct basis that is not admin', () => {
    const result = adminOf({ policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' })], roleArn: ROLE });
    assert.deepEqual(result, { equivalent: false, basis: 'near-admin', actionsNotFullyGranted: 11, selfGrantActions: [], withheldServices: ['iam'] });
  });
});
