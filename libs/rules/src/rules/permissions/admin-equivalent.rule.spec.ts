import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aFargateProfile, aPolicyDocument, aRole, aTaskDefinition, anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { workloadRoleAdminEquivalentRule } from './admin-equivalent.rule';

const ADMIN = [{ policyName: 'all', document: aPolicyDocument('*') }];
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(workloadRoleAdminEquivalentRule);
});

test('fires critical on an admin task role, listing the workloads that use it', () => {
  const role = aRole({ roleName: 'web-task', inlinePolicies: ADMIN });
  const web = aTaskDefinition({ family: 'web', taskRoleArn: role.arn });
  const worker = aTaskDefinition({ family: 'worker', taskRoleArn: role.arn });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [web, worker] } })), [
    {
      ruleId: 'iam.workload-role.admin-equivalent',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'critical',
      evidence: { workloads: ['ecs-task web', 'ecs-task worker'], basis: 'all-actions', selfGrantActions: [], policies: ['all'] },
      relatedResources: [web.arn, worker.arn].sort(),
    },
  ]);
});

test('fires on a Fargate pod execution role that can rewrite its own policy', () => {
  const role = aRole({ roleName: 'eks-fargate-pod-execution', inlinePolicies: [{ policyName: 'self', document: aPolicyDocument('iam:PutRolePolicy') }] });
  const profile = aFargateProfile({ podExecutionRoleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, eks: { fargateProfiles: [profile] } }));
  assert.deepEqual(finding.evidence, {
    workloads: ['fargate-pod-execution app-fargate@app-eks'],
    basis: 'self-grant',
    selfGrantActions: ['iam:PutRolePolicy'],
    policies: ['self'],
  });
});

test('does not fire on admin roles no workload uses, execution roles, narrow task roles or service-linked roles', () => {
  const unused = aRole({ roleName: 'break-glass', inlinePolicies: ADMIN });
  const execution = aRole({ roleName: 'exec', inlinePolicies: ADMIN });
  const narrow = aRole({ roleName: 'narrow', inlinePolicies: [{ policyName: 's3', document: aPolicyDocument('s3:GetObject') }] });
  const linked = aRole({ roleName: 'AWSServiceRoleForECS', path: '/aws-service-role/ecs.amazonaws.com/', inlinePolicies: ADMIN });
  const taskDefinitions = [
    aTaskDefinition({ family: 'a', executionRoleArn: execution.arn, taskRoleArn: narrow.arn }),
    aTaskDefinition({ family: 'b', taskRoleArn: linked.arn }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [unused, execution, narrow, linked] }, ecs: { taskDefinitions } })), []);
});
