import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions } from './permissions.analyzer';
import type { RolePermissions } from './permission-grants';
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

test('PowerUser-like NotAction iam:* is not admin', () => {
  const result = admin({ policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })] });
  assert.deepEqual(result, { equivalent: false, actionsNotFullyGranted: 12, selfGrantActions: [] });
});

test('* on * behind a condition, or with a Deny on one action, is not all-actions', () => {
  const conditional = policy('p', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
  assert.equal(admin({ policies: [conditional] }).equivalent, false);
  const withDeny = [
    policy('p', { Effect: 'Allow', Action: '*', Resource: '*' }),
    policy('d', { Effect: 'Deny', Action: ['iam:Put*', 'iam:Attach*'], Resource: '*' }),
  ];
  assert.deepEqual(admin({ policies: withDeny }), { equivalent: false, actionsNotFullyGranted: 3, selfGrantActions: [] });
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
  assert.deepEqual(result, { equivalent: false, actionsNotFullyGranted: 11, selfGrantActions: [] });
});
