import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTrustPolicy, anInventory, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { podIdentityTrustUnscopedRule } from './pod-identity-trust-unscoped.rule';

const PODS = { Service: 'pods.eks.amazonaws.com' };
const ACTIONS = ['sts:AssumeRole', 'sts:TagSession'];
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podIdentityTrustUnscopedRule);
});

test('fires medium on a pods.eks.amazonaws.com trust with no condition', () => {
  const role = aRole({ roleName: 'pod-role', trustPolicy: aTrustPolicy(PODS, ACTIONS) });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] } })), [
    {
      ruleId: 'iam.role.pod-identity-trust-unscoped',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'pod-role' },
      severity: 'medium',
      evidence: { statement: 0, principal: 'pods.eks.amazonaws.com', actions: ACTIONS, tagSessionAllowed: true, adminEquivalent: false },
      relatedResources: [],
    },
  ]);
});

test('does not fire when a source account or a Kubernetes tag scopes the trust', () => {
  const roles = [
    aRole({ roleName: 'account', trustPolicy: aTrustPolicy(PODS, ACTIONS, { StringEquals: { 'aws:SourceAccount': TEST_ACCOUNT_ID } }) }),
    aRole({ roleName: 'namespace', trustPolicy: aTrustPolicy(PODS, ACTIONS, { StringEquals: { 'aws:RequestTag/kubernetes-namespace': 'app' } }) }),
    aRole({ roleName: 'task' }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } })), []);
});
