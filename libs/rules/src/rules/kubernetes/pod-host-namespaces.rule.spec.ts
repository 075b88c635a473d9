import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPod, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { podHostNamespacesRule } from './pod-host-namespaces.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podHostNamespacesRule);
});

test('fires once per pod, naming every shared namespace; the host network reaches instance metadata', () => {
  const pods = [aPod({ name: 'agent', hostNetwork: true, hostPID: true }), aPod({ name: 'ipc', hostIPC: true })];
  const found = engine.evaluateAccount({ inventory: anInventory({ eks: { pods } }), organization: anOrganization() });
  assert.deepEqual(
    found.map((finding) => [finding.resource.name, finding.evidence.shared, finding.evidence.reachesInstanceMetadata]),
    [
      ['default/agent', ['hostNetwork', 'hostPID'], true],
      ['default/ipc', ['hostIPC'], false],
    ],
  );
});

test('stays silent for a pod in its own namespaces', () => {
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [aPod()] } }), organization: anOrganization() }), []);
});
