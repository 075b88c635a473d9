import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPod, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { podSensitiveHostPathRule } from './pod-sensitive-host-path.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podSensitiveHostPathRule);
});

test('fires on the node root and the runtime sockets, listing only the sensitive paths', () => {
  const pod = aPod({
    name: 'node-exporter',
    hostPathVolumes: [
      { name: 'root', path: '/' },
      { name: 'sock', path: '/run/containerd/containerd.sock' },
      { name: 'docker', path: '/var/run/docker.sock' },
      { name: 'cache', path: '/mnt/cache' },
    ],
  });
  const [finding, ...others] = engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() });
  assert.deepEqual(others, []);
  assert.deepEqual(finding.evidence.hostPaths, [
    { name: 'root', path: '/' },
    { name: 'sock', path: '/run/containerd/containerd.sock' },
    { name: 'docker', path: '/var/run/docker.sock' },
  ]);
});

test('stays silent for narrow, non-sensitive host paths', () => {
  const pod = aPod({ hostPathVolumes: [{ name: 'logs', path: '/var/log/app' }, { name: 'cache', path: '/mnt/cache' }] });
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ eks: { pods: [pod] } }), organization: anOrganization() }), []);
});
