import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trust } from './testing.fixtures';
import { analyzeTrust } from './trust.analyzer';

const ctx = { accountId: '111122223333', organizationAccountIds: new Set(['111122223333']) };
const PODS = { Service: 'pods.eks.amazonaws.com' };

test('the documented Pod Identity trust: TagSession allowed, nothing restricted', () => {
  const [grant] = analyzeTrust(trust({ Effect: 'Allow', Principal: PODS, Action: ['sts:AssumeRole', 'sts:TagSession'] }), ctx).grants;
  assert.deepEqual(grant.podIdentity, {
    tagSessionAllowed: true,
    namespace: [],
    serviceAccount: [],
    clusterArn: [],
    clusterName: [],
    sourceAccount: [],
    sourceOrgId: [],
    restricted: false,
  });
});

test('TagSession missing means broken; TagSession in a separate statement counts', () => {
  const alone = analyzeTrust(trust({ Effect: 'Allow', Principal: PODS, Action: 'sts:AssumeRole' }), ctx).grants;
  assert.equal(alone[0].podIdentity?.tagSessionAllowed, false);
  const split = analyzeTrust(
    trust({ Effect: 'Allow', Principal: PODS, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: PODS, Action: 'sts:TagSession' }),
    ctx,
  ).grants;
  assert.deepEqual(split.map((g) => g.podIdentity?.tagSessionAllowed), [true, true]);
});

test('tag and source conditions are reported per key, and restrict', () => {
  const [grant] = analyzeTrust(
    trust({
      Effect: 'Allow',
      Principal: PODS,
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: {
        StringEquals: {
          'aws:RequestTag/kubernetes-namespace': 'payments',
          'aws:SourceAccount': '111122223333',
        },
        StringLike: { 'aws:RequestTag/kubernetes-service-account': 'api-*' },
        ArnEquals: { 'aws:RequestTag/eks-cluster-arn': 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' },
      },
    }),
    ctx,
  ).grants;
  const facts = grant.podIdentity;
  assert.deepEqual(facts?.namespace, [
    { key: 'aws:RequestTag/kubernetes-namespace', operator: 'StringEquals', values: ['payments'], effective: true },
  ]);
  assert.deepEqual(facts?.serviceAccount.map((c) => [c.effective, c.weakness]), [[true, 'wildcard']]);
  assert.deepEqual(facts?.clusterArn.map((c) => c.values), [['arn:aws:eks:eu-west-1:111122223333:cluster/prod']]);
  assert.deepEqual(facts?.sourceAccount.map((c) => c.values), [['111122223333']]);
  assert.equal(facts?.restricted, true);
  assert.equal(grant.confusedDeputyProtected, true);
});

test('an IfExists tag condition does not restrict', () => {
  const [grant] = analyzeTrust(
    trust({
      Effect: 'Allow',
      Principal: PODS,
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: { StringEqualsIfExists: { 'aws:RequestTag/kubernetes-namespace': 'payments' } },
    }),
    ctx,
  ).grants;
  assert.equal(grant.podIdentity?.restricted, false);
});
