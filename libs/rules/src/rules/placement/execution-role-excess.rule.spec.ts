import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aPolicyDocument, aRole, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { executionRoleExcessRule } from './execution-role-excess.rule';
import { awsManaged, decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(executionRoleExcessRule);
});

const baseline = awsManaged('AmazonECSTaskExecutionRolePolicy');
const SECRET = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-password-AbCdEf';

function scenario(actions: string[], resource: string) {
  const role = aRole({
    roleName: 'exec',
    attachedManagedPolicies: [baseline.attachment],
    inlinePolicies: [{ policyName: 'extra', document: aPolicyDocument(actions, resource) }],
  });
  const definition = aTaskDefinition({
    executionRoleArn: role.arn,
    containers: [aContainer({ secrets: [{ name: 'DB_PASSWORD', valueFrom: `${SECRET}:password::` }] })],
  });
  return { role, definition, inventory: anInventory({ iam: { roles: [role], managedPolicies: [baseline.policy] }, ecs: { taskDefinitions: [definition] } }) };
}

test('fires on application permissions and names the excess actions', () => {
  const { role, definition, inventory } = scenario(['s3:GetObject', 'secretsmanager:GetSecretValue'], '*');
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.execution-role-excess-permissions',
      severity: 'high',
      message: 'Execution role exec grants 2 action(s) beyond AmazonECSTaskExecutionRolePolicy.',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'exec' },
      evidence: {
        baseline: ['AmazonECSTaskExecutionRolePolicy'],
        excessActionCount: 2,
        excessActions: ['s3:GetObject', 'secretsmanager:GetSecretValue'],
        adminEquivalent: false,
        sensitiveActions: ['s3:GetObject', 'secretsmanager:GetSecretValue'],
      },
      relatedResources: [definition.arn],
      fingerprint: findingFingerprint('iam.role.execution-role-excess-permissions', role.arn),
    },
  ]);
});

test('reading exactly the referenced secret is fine; no baseline in the inventory means not assessed', () => {
  const { inventory } = scenario(['secretsmanager:GetSecretValue'], `${SECRET.slice(0, -7)}-??????`);
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  const withoutBaseline = scenario(['s3:GetObject'], '*').inventory;
  withoutBaseline.iam.managedPolicies = [];
  assert.deepEqual(engine.evaluateAccount({ inventory: withoutBaseline, organization: anOrganization() }), []);
});
