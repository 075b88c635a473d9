import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { sensitiveHostMountsRule } from './sensitive-host-mounts.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(sensitiveHostMountsRule);
});

const volumes = [
  { name: 'docker', hostSourcePath: '/var/run/docker.sock' },
  { name: 'etc', hostSourcePath: '/etc/' },
  { name: 'logs', hostSourcePath: '/var/log/app' },
  { name: 'scratch' },
];

test('fires on the Docker socket and /etc, not on the other mounts of the container', () => {
  const container = aContainer({
    name: 'agent',
    mountPoints: [
      { sourceVolume: 'docker', containerPath: '/var/run/docker.sock', readOnly: false },
      { sourceVolume: 'etc', containerPath: '/host/etc', readOnly: true },
      { sourceVolume: 'logs', containerPath: '/logs', readOnly: false },
    ],
  });
  const definition = aTaskDefinition({ requiresCompatibilities: ['EC2'], volumes, containers: [container] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.sensitive-host-mount',
      severity: 'high',
      message: 'Container "agent" in task definition app:1 mounts host path(s) /var/run/docker.sock, /etc/.',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: {
        container: 'agent',
        mounts: [
          { hostPath: '/var/run/docker.sock', containerPath: '/var/run/docker.sock', readOnly: false },
          { hostPath: '/etc/', containerPath: '/host/etc', readOnly: true },
        ],
        latestActive: true,
      },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.sensitive-host-mount', definition.arn, 'agent'),
    },
  ]);
});

test('does not fire on ordinary host paths, task volumes, or a sensitive volume no container mounts', () => {
  const container = aContainer({
    mountPoints: [
      { sourceVolume: 'logs', containerPath: '/logs', readOnly: false },
      { sourceVolume: 'scratch', containerPath: '/tmp', readOnly: false },
    ],
  });
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ volumes, containers: [container] })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
