import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, anInventory, anOidcProvider } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { anIrsaRole, ISSUER, PROVIDER_ARN } from './irsa.testing';
import { irsaSubMissingRule } from './irsa-sub-missing.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(irsaSubMissingRule);
});

test('fires high on an aud-only condition, critical on an admin-equivalent role', () => {
  const audOnly = anIrsaRole('aud-only', { StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com' } });
  const admin = { ...anIrsaRole('no-condition'), inlinePolicies: [{ policyName: 'all', document: aPolicyDocument('*') }] };
  const inventory = anInventory({ iam: { roles: [audOnly, admin], oidcProviders: [anOidcProvider()] } });
  assert.deepEqual(run(engine, inventory), [
    {
      ruleId: 'iam.role.irsa-sub-missing',
      resource: { arn: audOnly.arn, type: 'AWS::IAM::Role', name: 'aud-only' },
      severity: 'high',
      evidence: { statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, subWeakness: 'missing', subConditions: [], adminEquivalent: false },
      relatedResources: [],
    },
    {
      ruleId: 'iam.role.irsa-sub-missing',
      resource: { arn: admin.arn, type: 'AWS::IAM::Role', name: 'no-condition' },
      severity: 'critical',
      evidence: { statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, subWeakness: 'missing', subConditions: [], adminEquivalent: true },
      relatedResources: [],
    },
  ]);
});

test('does not fire on an exact sub, on wildcard or ineffective subs (other rules) or on a public IdP', () => {
  const roles = [
    anIrsaRole('exact', { StringEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:app:api' } }),
    anIrsaRole('wildcard', { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:*' } }),
    anIrsaRole('other-issuer', { StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/OTHER:sub': 'system:serviceaccount:app:api' } }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } })), []);
});
