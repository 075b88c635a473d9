import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { writableRootFilesystemRule } from './writable-root-filesystem.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(writableRootFilesystemRule);
});

test('fires on readonlyRootFilesystem false or unset', () => {
  const containers = [aContainer({ name: 'a', readonlyRootFilesystem: false }), aContainer({ name: 'b' }), aContainer({ name: 'c', readonlyRootFilesystem: true })];
  const definition = aTaskDefinition({ containers });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  const hit = (container: string, value: boolean | null) => ({
    ruleId: 'ecs.task-definition.writable-root-filesystem',
    severity: 'low',
    message: `Container "${container}" in task definition app:1 has a writable root filesystem.`,
    resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
    evidence: { container, readonlyRootFilesystem: value, latestActive: true },
    relatedResources: [],
    fingerprint: findingFingerprint('ecs.task-definition.writable-root-filesystem', definition.arn, container),
  });
  assert.deepEqual(decided(findings), [hit('a', false), hit('b', null)]);
});

test('does not fire on read-only root filesystems', () => {
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ containers: [aContainer({ readonlyRootFilesystem: true })] })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
