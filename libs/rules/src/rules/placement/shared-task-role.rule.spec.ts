import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { sharedTaskRoleRule } from './shared-task-role.rule';
import { decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(sharedTaskRoleRule);
});

const role = aRole({ roleName: 'shared' });
const definitions = (families: string[]) => families.map((family) => aTaskDefinition({ family, taskRoleArn: role.arn }));

test('fires when three task families share one task role', () => {
  const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: definitions(['billing', 'api', 'mailer']) } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.task-role-shared-across-families',
      severity: 'low',
      message: 'Task role shared is shared by 3 task families: api, billing, mailer.',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'shared' },
      evidence: { families: ['api', 'billing', 'mailer'] },
      relatedResources: [],
      fingerprint: findingFingerprint('iam.role.task-role-shared-across-families', role.arn),
    },
  ]);
});

test('does not fire on two families, nor on many revisions of one family', () => {
  const revisions = [1, 2, 3].map((revision) => aTaskDefinition({ family: 'api', revision, taskRoleArn: role.arn }));
  for (const taskDefinitions of [definitions(['api', 'worker']), revisions]) {
    const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions } });
    assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  }
});
