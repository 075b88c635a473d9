import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aKubernetesContainer, aPod, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { podDangerousCapabilitiesRule } from './pod-dangerous-capabilities.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podDangerousCapabilitiesRule);
});

test('fires per container adding a dangerous capability, however it is spelled', () => {
  const pod = aPod({
    name: 'cni',
    containers: [aKubernetesContainer({ name: 'agent', capabilitiesAdd: ['NET_ADMIN', 'cap_sys_admin', 'NET_RAW'] }), aKubernetesContainer({ name: 'init', init: true, capabilitiesAdd: ['ALL'] })],
  });
  const found = engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() });
  assert.deepEqual(
    found.map((finding) => [finding.resource.arn, finding.evidence.container, finding.evidence.capabilities]),
    [
      [pod.id, 'agent', ['SYS_ADMIN', 'NET_ADMIN']],
      [pod.id, 'init', ['ALL']],
    ],
  );
});

test('stays silent for narrow capabilities and none', () => {
  const pod = aPod({ containers: [aKubernetesContainer({ capabilitiesAdd: ['NET_BIND_SERVICE', 'CHOWN'] }), aKubernetesContainer({ name: 'b' })] });
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() }), []);
});
