import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTrustPolicy, anInventory, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { ecsTasksConfusedDeputyRule } from './ecs-tasks-confused-deputy.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(ecsTasksConfusedDeputyRule);
});

test('fires low on an ecs-tasks trust without source conditions', () => {
  const role = aRole({ roleName: 'web-task' });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] } })), [
    {
      ruleId: 'iam.role.ecs-tasks-confused-deputy',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'low',
      evidence: { statement: 0, principal: 'ecs-tasks.amazonaws.com', actions: ['sts:AssumeRole'], sourceConditions: [], adminEquivalent: false },
      relatedResources: [],
    },
  ]);
});

test('fires when the only source condition is IfExists', () => {
  const role = aRole({
    roleName: 'weak',
    trustPolicy: aTrustPolicy({ Service: 'ecs-tasks.amazonaws.com' }, 'sts:AssumeRole', { StringEqualsIfExists: { 'aws:SourceAccount': TEST_ACCOUNT_ID } }),
  });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] } }));
  assert.deepEqual(finding.evidence.sourceConditions, ['StringEqualsIfExists aws:SourceAccount']);
});

test('does not fire with aws:SourceAccount or aws:SourceArn, on ec2 trusts or service-linked roles', () => {
  const roles = [
    aRole({ roleName: 'account', trustPolicy: aTrustPolicy({ Service: 'ecs-tasks.amazonaws.com' }, 'sts:AssumeRole', { StringEquals: { 'aws:SourceAccount': TEST_ACCOUNT_ID } }) }),
    aRole({ roleName: 'arn', trustPolicy: aTrustPolicy({ Service: 'ecs-tasks.amazonaws.com' }, 'sts:AssumeRole', { ArnLike: { 'aws:SourceArn': `arn:aws:ecs:*:${TEST_ACCOUNT_ID}:*` } }) }),
    aRole({ roleName: 'instance', trustPolicy: aTrustPolicy({ Service: 'ec2.amazonaws.com' }) }),
    aRole({ roleName: 'AWSServiceRoleForECS', path: '/aws-service-role/ecs.amazonaws.com/' }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } })), []);
});
