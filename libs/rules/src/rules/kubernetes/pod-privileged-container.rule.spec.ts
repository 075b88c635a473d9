import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aKubernetesContainer, aPod, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { podPrivilegedContainerRule } from './pod-privileged-container.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podPrivilegedContainerRule);
});

test('fires per privileged container, init containers included', () => {
  const pod = aPod({
    namespace: 'debug',
    name: 'toolbox',
    containers: [aKubernetesContainer({ name: 'setup', init: true, privileged: true }), aKubernetesContainer({ name: 'shell', privileged: true }), aKubernetesContainer({ name: 'side' })],
  });
  const found = engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() });
  assert.deepEqual(
    found.map((finding) => [finding.resource.arn, finding.relatedResources, finding.message]),
    [
      [pod.id, [pod.clusterArn], 'Container "setup" of pod debug/toolbox in cluster app-eks runs privileged.'],
      [pod.id, [pod.clusterArn], 'Container "shell" of pod debug/toolbox in cluster app-eks runs privileged.'],
    ],
  );
});

test('stays silent for containers with privileged false or unset', () => {
  const pod = aPod({ containers: [aKubernetesContainer({ privileged: false }), aKubernetesContainer({ name: 'b' })] });
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() }), []);
});
