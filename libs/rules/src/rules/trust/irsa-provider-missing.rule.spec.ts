import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anInventory, anOidcProvider } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { anIrsaRole, ISSUER, PROVIDER_ARN } from './irsa.testing';
import { irsaProviderMissingRule } from './irsa-provider-missing.rule';

const SUB = { StringEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:app:api' } };
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(irsaProviderMissingRule);
});

test('fires low when the trusted provider of the own account is gone', () => {
  const role = anIrsaRole('stale', SUB);
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] } })), [
    {
      ruleId: 'iam.role.irsa-provider-missing',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'stale' },
      severity: 'low',
      evidence: { statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, providerArn: PROVIDER_ARN, adminEquivalent: false },
      relatedResources: [],
    },
  ]);
});

test('does not fire when the provider exists or belongs to another account', () => {
  const roles = [
    anIrsaRole('live', SUB),
    anIrsaRole('cross-account', SUB, `arn:aws:iam::222233334444:oidc-provider/${ISSUER}`),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } })), []);
});
