import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTaskDefinition, anEcsService, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { execEnabledRule } from './exec-enabled.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(execEnabledRule);
});

const EXEC = ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'];

function scenario(enableExecuteCommand: boolean, actions: string[]) {
  const role = aRole({ roleName: 'app-task-role', inlinePolicies: [{ policyName: 'exec', document: aPolicyDocument(actions) }] });
  const definition = aTaskDefinition({ taskRoleArn: role.arn });
  const service = anEcsService({ taskDefinitionArn: definition.arn, enableExecuteCommand });
  return { role, definition, service, inventory: anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [definition], services: [service] } }) };
}

test('fires on a service with ECS Exec on and a task role that allows the channel', () => {
  const { role, definition, service, inventory } = scenario(true, EXEC);
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ecs.service.exec-enabled',
      severity: 'medium',
      message: `Service app has ECS Exec enabled and its task role ${role.arn} allows the exec channel.`,
      resource: { arn: service.arn, type: 'AWS::ECS::Service', name: 'app' },
      evidence: { enableExecuteCommand: true, taskRoleArn: role.arn, taskDefinitionArn: definition.arn },
      relatedResources: [role.arn, definition.arn],
      fingerprint: findingFingerprint('ecs.service.exec-enabled', service.arn),
    },
  ]);
});

test('does not fire with exec off, or when the task role cannot open the channel', () => {
  for (const inventory of [scenario(false, EXEC).inventory, scenario(true, ['s3:GetObject']).inventory]) {
    assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  }
});
