import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePermissions, loadActionCatalog, parsePolicyDocument, type ActionCatalog, type NamedPolicy } from '../policy';
import { PermissionCache } from './permission-cache';

let catalog: ActionCatalog;
before(async () => {
  catalog = await loadActionCatalog();
});

const policy = (actions: string[], resource = '*'): NamedPolicy => ({
  name: 'p',
  document: parsePolicyDocument({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] }),
});

test('a policy set seen twice is kept and serves every later account, with the same answers as a direct analysis', () => {
  const cache = new PermissionCache(catalog);
  const policies = [policy(['s3:GetObject', 'iam:PassRole', 'ecs:RunTask'])];
  cache.analyze({ policies, roleArn: 'arn:aws:iam::111111111111:role/app' });
  assert.equal(cache.size, 0, 'a policy set seen once is not kept');
  const first = cache.analyze({ policies, roleArn: 'arn:aws:iam::333333333333:role/app' });
  const second = cache.analyze({ policies, roleArn: 'arn:aws:iam::222222222222:role/app' });
  const direct = analyzePermissions({ policies, roleArn: 'arn:aws:iam::222222222222:role/app' }, catalog);
  assert.equal(cache.size, 1);
  assert.equal(second.grants, first.grants);
  assert.deepEqual(second.privilegeEscalationPaths, direct.privilegeEscalationPaths);
  assert.deepEqual(second.sensitiveActions, direct.sensitiveActions);
  assert.deepEqual(second.adminEquivalence, direct.adminEquivalence);
  assert.equal(second.allows('s3:GetObject', 'arn:aws:s3:::b/k'), direct.allows('s3:GetObject', 'arn:aws:s3:::b/k'));
});

test('self-grant admin equivalence is decided per role ARN', () => {
  const cache = new PermissionCache(catalog);
  const policies = [policy(['iam:PutRolePolicy'], 'arn:aws:iam::*:role/app')];
  assert.equal(cache.analyze({ policies, roleArn: 'arn:aws:iam::111111111111:role/app' }).isAdminEquivalent, true);
  assert.equal(cache.analyze({ policies, roleArn: 'arn:aws:iam::111111111111:role/other' }).isAdminEquivalent, false);
  assert.equal(cache.analyze({ policies, roleArn: 'arn:aws:iam::222222222222:role/app' }).isAdminEquivalent, true);
  assert.equal(cache.size, 1);
});

test('evicts the least recently used policy set beyond its capacity', () => {
  const cache = new PermissionCache(catalog, 2);
  const a = [policy(['s3:GetObject'])];
  const b = [policy(['sqs:SendMessage'])];
  const c = [policy(['sns:Publish'])];
  const twice = (policies: NamedPolicy[]) => (cache.analyze({ policies }), cache.analyze({ policies }));
  const first = twice(a);
  twice(b);
  assert.equal(cache.analyze({ policies: a }).grants, first.grants);
  twice(c);
  assert.equal(cache.size, 2);
  twice(b);
  assert.equal(cache.analyze({ policies: a }).grants === first.grants, false);
});

test('distinct policy sets, once kept, give the same analyses as direct ones (admin count, wildcards, sensitive actions)', () => {
  const cache = new PermissionCache(catalog);
  const doc = (...statements: object[]): NamedPolicy => ({ name: 'p', document: parsePolicyDocument({ Version: '2012-10-17', Statement: statements }) });
  const sets = [
    [doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
    [doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })],
    [doc({ Effect: 'Allow', NotAction: 'iam:PassRole', Resource: '*' })],
    [doc({ Effect: 'Allow', Action: ['s3:*', 'kms:Decrypt'], Resource: '*' }, { Effect: 'Deny', Action: 's3:Delete*', Resource: 'arn:aws:s3:::prod/*' })],
    [doc({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: 'arn:aws:iam::*:role/app' })],
  ];
  const roles = ['arn:aws:iam::111111111111:role/app', 'arn:aws:iam::222222222222:role/other'];
  const outline = (analysis: ReturnType<PermissionCache['analyze']>) => ({
    grants: [...analysis.grants.values()],
    adminEquivalence: analysis.adminEquivalence,
    sensitiveActions: analysis.sensitiveActions,
    serviceWildcards: analysis.serviceWildcards,
    privilegeEscalationPaths: analysis.privilegeEscalationPaths,
  });
  for (const policies of sets) for (const roleArn of roles) cache.analyze({ policies, roleArn });
  assert.equal(cache.size, sets.length);
  const counts = sets.map((policies) => {
    for (const roleArn of roles) {
      const boundary = { permissionsBoundary: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) };
      assert.deepEqual(outline(cache.analyze({ policies, roleArn })), outline(analyzePermissions({ policies, roleArn }, catalog)));
      assert.deepEqual(outline(cache.analyze({ policies, roleArn, ...boundary })), outline(analyzePermissions({ policies, roleArn, ...boundary }, catalog)));
    }
    return cache.analyze({ policies, roleArn: roles[1] }).adminEquivalence;
  });
  assert.deepEqual(counts.map((a) => [a.equivalent, a.basis, a.actionsNotFullyGranted === 0]), [
    [true, 'all-actions', true],
    [false, 'near-admin', false],
    [true, 'self-grant', false],
    [false, undefined, false],
    [false, undefined, false],
  ]);
});
