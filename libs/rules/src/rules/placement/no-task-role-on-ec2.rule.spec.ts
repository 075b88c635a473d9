import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { noTaskRoleOnEc2Rule } from './no-task-role-on-ec2.rule';
import { decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(noTaskRoleOnEc2Rule);
});

test('fires on an EC2 task definition without a task role', () => {
  const definition = aTaskDefinition({ family: 'worker', taskRoleArn: undefined, requiresCompatibilities: ['EC2'], networkMode: 'bridge' });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.no-task-role-on-ec2',
      severity: 'medium',
      message: 'Task definition worker:1 runs on EC2 without a task role; its containers fall back to the instance role.',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'worker:1' },
      evidence: { requiresCompatibilities: ['EC2'], networkMode: 'bridge', latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.no-task-role-on-ec2', definition.arn),
    },
  ]);
});

test('does not fire on Fargate without a task role, nor on EC2 with one', () => {
  const inventory = anInventory({
    ecs: {
      taskDefinitions: [
        aTaskDefinition({ family: 'fargate', taskRoleArn: undefined, requiresCompatibilities: ['FARGATE'] }),
        aTaskDefinition({ family: 'ec2', requiresCompatibilities: ['EC2'] }),
      ],
    },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
