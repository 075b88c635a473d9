import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainer, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { credentialsInEnvironmentRule } from './credentials-in-environment.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(credentialsInEnvironmentRule);
});

test('fires by name and by value kind, critical with an AWS key, evidence holding names only', () => {
  const container = aContainer({
    name: 'api',
    environment: [
      { name: 'DB_PASSWORD', valueKind: 'text' },
      { name: 'LEGACY', valueKind: 'aws-access-key-id' },
      { name: 'LOG_LEVEL', valueKind: 'text' },
    ],
  });
  const definition = aTaskDefinition({ containers: [container] });
  const findings = engine.evaluateAccount({ inventory: anInventory({ ecs: { taskDefinitions: [definition] } }), organization: anOrganization() });
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'ecs.task-definition.credentials-in-environment',
      severity: 'critical',
      message: 'Container "api" in task definition app:1 passes DB_PASSWORD, LEGACY in plain environment variables.',
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: { container: 'api', variables: ['DB_PASSWORD', 'LEGACY'], latestActive: true },
      relatedResources: [],
      fingerprint: findingFingerprint('ecs.task-definition.credentials-in-environment', definition.arn, 'api'),
    },
  ]);
});

test('does not fire on secrets references, harmless names, settings about passwords, or empty values', () => {
  const container = aContainer({
    environment: [
      { name: 'LOG_LEVEL', valueKind: 'text' },
      { name: 'API_TOKEN', valueKind: 'empty' },
      { name: 'PASSWORD_MIN_LENGTH', valueKind: 'text' },
      { name: 'DB_PASSWORD_FILE', valueKind: 'text' },
    ],
    secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' }],
  });
  const inventory = anInventory({ ecs: { taskDefinitions: [aTaskDefinition({ containers: [container] })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
