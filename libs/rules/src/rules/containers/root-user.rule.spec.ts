import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { rootUserRule } from './root-user.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(rootUserRule);
});

test('fires on root and uid 0 with a group, per container', () => {
  const definition = aTaskDefinition({ containers: [aContainer({ name: 'a', user: 'root' }), aContainer({ name: 'b', user: '0:0' })] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  const resource = { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' };
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.root-user',
      severity: 'medium',
      message: 'Container "a" in task definition app:1 runs as user "root".',
      resource,
      evidence: { container: 'a', user: 'root', latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.root-user', definition.arn, 'a'),
    },
    {
      ruleId: 'ecs.task-definition.root-user',
      severity: 'medium',
      message: 'Container "b" in task definition app:1 runs as user "0:0".',
      resource,
      evidence: { container: 'b', user: '0:0', latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.root-user', definition.arn, 'b'),
    },
  ]);
});

test('does not fire on uid 1000, a named user, or an unset user (another rule reports that)', () => {
  const containers = [aContainer({ name: 'a', user: '1000' }), aContainer({ name: 'b', user: 'app:app' }), aContainer({ name: 'c' })];
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ containers })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
