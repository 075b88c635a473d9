import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { userNotVerifiedRule } from './user-not-verified.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(userNotVerifiedRule);
});

test('an unset user is reported as not verified, at info', () => {
  const definition = aTaskDefinition({ containers: [aContainer({ name: 'web' }), aContainer({ name: 'sidecar', user: '1000' })] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.user-not-verified',
      severity: 'info',
      message: 'Container "web" in task definition app:1 sets no user; whether it runs as root depends on the image.',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: { container: 'web', user: null, verified: false, latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.user-not-verified', definition.arn, 'web'),
    },
  ]);
});

test('an explicit user, even root, is not "not verified"', () => {
  const containers = [aContainer({ name: 'a', user: 'root' }), aContainer({ name: 'b', user: '1000:1000' })];
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ containers })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
