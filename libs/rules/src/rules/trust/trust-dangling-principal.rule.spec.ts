import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTrustPolicy, anInventory, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { trustDanglingPrincipalRule } from './trust-dangling-principal.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(trustDanglingPrincipalRule);
});

test('fires low on a unique id in place of an ARN', () => {
  const role = aRole({ roleName: 'ci', trustPolicy: aTrustPolicy({ AWS: ['AROA3EXAMPLEDELETED01', `arn:aws:iam::${TEST_ACCOUNT_ID}:role/deploy`] }) });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] } })), [
    {
      ruleId: 'iam.role.trust-dangling-principal',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'ci' },
      severity: 'low',
      evidence: { statement: 0, principal: 'AROA3EXAMPLEDELETED01', actions: ['sts:AssumeRole'], adminEquivalent: false },
      relatedResources: [],
    },
  ]);
});

test('does not fire on ARNs, account ids or services', () => {
  const role = aRole({ trustPolicy: aTrustPolicy({ AWS: [`arn:aws:iam::${TEST_ACCOUNT_ID}:role/deploy`, TEST_ACCOUNT_ID] }) });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role, aRole({ roleName: 'task' })] } })), []);
});
