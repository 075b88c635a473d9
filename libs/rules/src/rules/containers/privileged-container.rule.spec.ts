import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { privilegedContainerRule } from './privileged-container.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(privilegedContainerRule);
});

test('fires on a privileged container, naming the container and revision', () => {
  const taskDefinition = aTaskDefinition({
    family: 'web',
    revision: 7,
    requiresCompatibilities: ['EC2'],
    networkMode: 'bridge',
    containers: [aContainer({ name: 'proxy', privileged: true }), aContainer({ name: 'app' })],
  });
  const inventory = anInventory({ ecs: { taskDefinitions: [taskDefinition] } });
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings, [
    {
      ruleId: 'ecs.task-definition.privileged-container',
      severity: 'high',
      title: 'ECS container runs privileged',
      message: 'Container "proxy" in task definition web:7 runs privileged.',
      accountId: inventory.accountId,
      region: taskDefinition.region,
      resource: { arn: taskDefinition.arn, type: 'AWS::ECS::TaskDefinition', name: 'web:7' },
      relatedResources: [],
      evidence: { container: 'proxy', privileged: true, networkMode: 'bridge', latestActive: true },
      remediation: privilegedContainerRule.metadata.remediation,
      fingerprint: findingFingerprint('ecs.task-definition.privileged-container', taskDefinition.arn, 'proxy'),
    },
  ]);
});

test('does not fire when privileged is false or unset', () => {
  const inventory = anInventory({
    ecs: {
      taskDefinitions: [
        aTaskDefinition({ family: 'explicit', containers: [aContainer({ privileged: false })] }),
        aTaskDefinition({ family: 'unset', containers: [aContainer()] }),
      ],
    },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
