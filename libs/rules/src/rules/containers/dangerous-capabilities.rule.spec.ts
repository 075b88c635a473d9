import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { dangerousCapabilitiesRule } from './dangerous-capabilities.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(dangerousCapabilitiesRule);
});

test('fires on SYS_ADMIN and CAP_NET_ADMIN, naming only the dangerous ones', () => {
  const definition = aTaskDefinition({ containers: [aContainer({ name: 'vpn', capabilitiesAdd: ['CAP_NET_ADMIN', 'SYS_ADMIN', 'CHOWN'] })] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.dangerous-capabilities',
      severity: 'high',
      message: 'Container "vpn" in task definition app:1 adds SYS_ADMIN, NET_ADMIN.',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: { container: 'vpn', capabilities: ['SYS_ADMIN', 'NET_ADMIN'], latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.dangerous-capabilities', definition.arn, 'vpn'),
    },
  ]);
});

test('does not fire on harmless added capabilities or dropped dangerous ones', () => {
  const container = aContainer({ capabilitiesAdd: ['CHOWN', 'NET_BIND_SERVICE'], capabilitiesDrop: ['ALL', 'SYS_ADMIN'] });
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ containers: [container] })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
