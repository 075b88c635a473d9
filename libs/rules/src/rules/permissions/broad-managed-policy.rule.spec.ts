import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aManagedPolicy, aPolicyDocument, aRole, aTaskDefinition, anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { broadManagedPolicyRule } from './broad-managed-policy.rule';

const s3Full = aManagedPolicy({ awsManaged: true, policyName: 'AmazonS3FullAccess', document: aPolicyDocument(['s3:*', 's3-object-lambda:*']) });
const custom = aManagedPolicy({ policyName: 'AppFullAccess', document: aPolicyDocument('s3:*') });
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(broadManagedPolicyRule);
});

test('fires medium on AmazonS3FullAccess attached to a task role', () => {
  const role = aRole({ roleName: 'web-task', attachedManagedPolicies: [{ policyName: s3Full.policyName, policyArn: s3Full.arn }] });
  const web = aTaskDefinition({ family: 'web', taskRoleArn: role.arn });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role], managedPolicies: [s3Full] }, ecs: { taskDefinitions: [web] } })), [
    {
      ruleId: 'iam.workload-role.broad-managed-policy',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'medium',
      evidence: { workloads: ['ecs-task web'], policies: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'], adminEquivalent: false },
      relatedResources: [web.arn],
    },
  ]);
});

test('does not fire on a customer managed policy with a similar name or on a role no workload uses', () => {
  const customRole = aRole({ roleName: 'custom', attachedManagedPolicies: [{ policyName: custom.policyName, policyArn: custom.arn }] });
  const unused = aRole({ roleName: 'unused', attachedManagedPolicies: [{ policyName: s3Full.policyName, policyArn: s3Full.arn }] });
  const taskDefinitions = [aTaskDefinition({ family: 'web', taskRoleArn: customRole.arn })];
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [customRole, unused], managedPolicies: [s3Full, custom] }, ecs: { taskDefinitions } })), []);
});
