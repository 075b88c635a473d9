import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { hostNamespacesRule } from './host-namespaces.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(hostNamespacesRule);
});

test('fires on host network and PID namespaces, high with PID', () => {
  const definition = aTaskDefinition({ networkMode: 'host', pidMode: 'host', requiresCompatibilities: ['EC2'] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.host-namespaces',
      severity: 'high',
      message: 'Task definition app:1 shares the host network, pid namespace(s).',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: { namespaces: ['network', 'pid'], latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.host-namespaces', definition.arn),
    },
  ]);
});

test('does not fire on awsvpc or bridge with task-scoped PID and IPC', () => {
  const inventory = anInventory({
    ecs: { taskDefinitions: [aTaskDefinition({ family: 'a' }), aTaskDefinition({ family: 'b', networkMode: 'bridge', pidMode: 'task', ipcMode: 'task' })] },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
