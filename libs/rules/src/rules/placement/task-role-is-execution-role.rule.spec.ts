import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { taskRoleIsExecutionRoleRule } from './task-role-is-execution-role.rule';
import { decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(taskRoleIsExecutionRoleRule);
});

const ROLE = 'arn:aws:iam::111122223333:role/app-role';

test('fires when the task role is the execution role', () => {
  const definition = aTaskDefinition({ family: 'api', revision: 4, taskRoleArn: ROLE, executionRoleArn: ROLE });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.task-role-is-execution-role',
      severity: 'medium',
      message: `Task definition api:4 uses ${ROLE} as both task and execution role.`,
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'api:4' },
      evidence: { roleArn: ROLE, latestActive: true },
      relatedResources: [ROLE],
      fingerprint: findingFingerprint('ecs.task-definition.task-role-is-execution-role', definition.arn),
    },
  ]);
});

test('does not fire on separate roles or a missing task role; another revision\'s failed read neither hides a finding nor invents one', () => {
  const inventory = anInventory({
    ecs: {
      taskDefinitions: [
        aTaskDefinition({ family: 'separate' }),
        aTaskDefinition({ family: 'no-task-role', taskRoleArn: undefined, executionRoleArn: ROLE }),
      ],
    },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  const definition = aTaskDefinition({ taskRoleArn: ROLE, executionRoleArn: ROLE });
  const unread = definition.arn.replace(/:\d+$/, ':99');
  const gapped = anInventory({
    ecs: { taskDefinitions: [definition] },
    gaps: [{ service: 'ecs', operation: 'DescribeTaskDefinition', region: 'us-east-1', errorCode: 'AccessDenied', resource: unread }],
  });
  const { findings, notAssessed } = engine.assessAccount({ inventory: gapped, organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.arn, finding.evidence.unread]), [[definition.arn, undefined]]);
  assert.deepEqual(notAssessed.map((entry) => [entry.resource?.arn, entry.resource?.type, entry.missing.map((missing) => missing.operation)]), [
    [unread, 'AWS::ECS::TaskDefinition', ['DescribeTaskDefinition']],
  ]);
});
