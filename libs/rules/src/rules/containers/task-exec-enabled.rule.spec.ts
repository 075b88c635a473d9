import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTaskDefinition, anEcsTask, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { taskExecEnabledRule } from './task-exec-enabled.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(taskExecEnabledRule);
});

const EXEC = ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'];
const role = aRole({ roleName: 'debug-task-role', inlinePolicies: [{ policyName: 'exec', document: aPolicyDocument(EXEC) }] });
const narrow = aRole({ roleName: 'report-task-role', inlinePolicies: [{ policyName: 's3', document: aPolicyDocument('s3:GetObject') }] });
const definition = aTaskDefinition({ family: 'debug', taskRoleArn: role.arn });
const reports = aTaskDefinition({ family: 'reports', taskRoleArn: narrow.arn });
const task = (id: string, overrides: Parameters<typeof anEcsTask>[0]) =>
  anEcsTask({ arn: `arn:aws:ecs:us-east-1:111122223333:task/app-cluster/${id}`, taskDefinitionArn: definition.arn, enableExecuteCommand: true, ...overrides });

test('fires on a running standalone task with ECS Exec on and a task role that allows the channel', () => {
  const debug = task('a1', { group: 'family:debug' });
  const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [definition], tasks: [debug] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ecs.task.exec-enabled',
      severity: 'medium',
      message: `Task app-cluster/a1 (family:debug) runs with ECS Exec enabled and its task role ${role.arn} allows the exec channel.`,
      resource: { arn: debug.arn, type: 'AWS::ECS::Task', name: 'app-cluster/a1' },
      evidence: { enableExecuteCommand: true, group: 'family:debug', lastStatus: 'RUNNING', taskRoleArn: role.arn, taskDefinitionArn: definition.arn },
      relatedResources: [role.arn, definition.arn, debug.clusterArn],
      fingerprint: findingFingerprint('ecs.task.exec-enabled', debug.arn),
    },
  ]);
});

test("does not fire on a service's task, a stopped task, exec off, or a task role that cannot open the channel", () => {
  const tasks = [
    task('b1', { group: 'service:web' }),
    task('b2', { group: 'family:debug', lastStatus: 'STOPPED' }),
    task('b3', { group: 'family:debug', enableExecuteCommand: false }),
    task('b4', { group: 'family:reports', taskDefinitionArn: reports.arn }),
  ];
  const inventory = anInventory({ iam: { roles: [role, narrow] }, ecs: { taskDefinitions: [definition, reports], tasks } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
